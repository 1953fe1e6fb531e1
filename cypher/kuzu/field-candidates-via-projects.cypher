// Candidates of the wanted kinds that PARTICIPATE_IN projects IN_DOMAIN any wanted field; as
// field-candidates.cypher, with the project of each field (the lists are collected side by side).
UNWIND $fields AS f
MATCH (d:Domain {id: f.id})<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(c:__KINDS__)
WHERE c.id <> $anchor
WITH c, sum(to_int64(f.weight)) AS total, collect(d.id) AS fields, collect(p.id) AS projects
RETURN c.id AS id, label(c) AS kind, total, fields, projects
ORDER BY total DESC, id
LIMIT $limit
