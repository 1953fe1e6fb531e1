// Whom enterprises of the wanted fields (other than the anchor) already COOPERATE_WITH: per candidate
// and field, how many such enterprises, and one of them for the evidence path.
MATCH (d:Domain)<-[:IN_DOMAIN]-(e:Enterprise)-[:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $fields AND e.id <> $anchor AND c.id <> $anchor
WITH c, d.id AS field, count(e) AS helped, min(e.id) AS example
RETURN c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, field, helped, example
ORDER BY helped DESC, id, field
LIMIT $limit
