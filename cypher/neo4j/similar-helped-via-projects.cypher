// Whom enterprises working on projects of the wanted fields (other than the anchor) already
// COOPERATE_WITH: per candidate, field and project, how many such enterprises, and one of them.
MATCH (d:Domain)<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(e:Enterprise)-[:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $fields AND e.id <> $anchor AND c.id <> $anchor
WITH c, d.id AS field, p.id AS project, count(e) AS helped, min(e.id) AS example
RETURN c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, field, project, helped, example
ORDER BY helped DESC, id, field, project
LIMIT $limit
