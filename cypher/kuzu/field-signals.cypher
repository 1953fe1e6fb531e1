// Who is IN_DOMAIN the questions' weighted fields ($fields: one row per question and field, with the
// question's key and enterprise), of the wanted kinds: per question and candidate, the fields' weights
// summed (the order of the shortlist, cut by the caller) and the fields themselves.
UNWIND $fields AS f
MATCH (d:Domain {id: f.id})<-[:IN_DOMAIN]-(c:__KINDS__)
WHERE c.id <> f.anchor
WITH f.key AS key, c, sum(to_int64(f.weight)) AS total, collect(d.id) AS fields
RETURN key, c.id AS id, label(c) AS kind, total, fields
