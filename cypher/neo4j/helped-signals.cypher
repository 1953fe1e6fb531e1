// Whom enterprises IN_DOMAIN the given fields (every question's, $fields) already COOPERATE_WITH: per
// candidate and field, the enterprises (each question leaves its own out).
MATCH (d:Domain)<-[:IN_DOMAIN]-(e:Enterprise)-[:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $fields
WITH c, d.id AS field, collect(e.id) AS helpers
RETURN c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, field, helpers
