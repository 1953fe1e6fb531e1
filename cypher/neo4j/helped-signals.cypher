// Whom enterprises of the questions' fields already COOPERATE_WITH ($fields: one row per question and
// field): enterprises IN_DOMAIN a field, or PARTICIPATING_IN a project IN_DOMAIN it (`project` set), other
// than the question's own enterprise. Per question, candidate, field and project: how many such
// enterprises, and the smallest of their ids (for the evidence path).
UNWIND $fields AS f
MATCH (d:Domain {id: f.id})<-[:IN_DOMAIN]-(y:Enterprise|Project)
OPTIONAL MATCH (y)-[:COOPERATES_WITH]->(c1:__KINDS__)
OPTIONAL MATCH (y)<-[:PARTICIPATES_IN]-(e2:Enterprise)-[:COOPERATES_WITH]->(c2:__KINDS__)
WITH f, d, CASE WHEN e2 IS NULL THEN y.id ELSE e2.id END AS helper,
    CASE WHEN e2 IS NULL THEN c1 ELSE c2 END AS c,
    CASE WHEN e2 IS NULL THEN '' ELSE y.id END AS project
WHERE c IS NOT NULL AND helper <> f.anchor AND c.id <> f.anchor
RETURN f.key AS key, c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, d.id AS field,
    project, count(helper) AS helped, min(helper) AS example
