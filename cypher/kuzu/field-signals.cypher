// Who works in the questions' weighted fields ($fields: one row per question and field, with the
// question's key and enterprise): entities IN_DOMAIN a field, and those that PARTICIPATE_IN a project
// IN_DOMAIN it (`project` set). One row per distinct (question, field, entity, project); the caller sums
// the weights. Candidates of the wanted kinds (__KINDS__) and projects (for the second kind of row).
UNWIND $fields AS f
MATCH (d:Domain {id: f.id})<-[:IN_DOMAIN]-(y:__KINDS_AND_PROJECT__)
OPTIONAL MATCH (y)<-[:PARTICIPATES_IN]-(c:__KINDS__)
UNWIND [[y.id, label(y), ''], [c.id, label(c), y.id]] AS hit
WITH DISTINCT f.key AS key, f.anchor AS anchor, d.id AS field, to_int64(f.weight) AS weight,
    hit[1] AS id, hit[2] AS kind, hit[3] AS project
WHERE id IS NOT NULL AND id <> anchor
RETURN key, field, weight, id, kind, project
