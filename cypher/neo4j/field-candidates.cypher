// Candidates of the wanted kinds IN_DOMAIN any wanted field: their fields' weights summed (the order
// of the shortlist) and the fields themselves (for the exact score and the evidence path).
UNWIND $fields AS f
MATCH (d:Domain {id: f.id})<-[:IN_DOMAIN]-(c:__KINDS__)
WHERE c.id <> $anchor
WITH c, sum(f.weight) AS total, collect(d.id) AS fields
RETURN c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, total, fields
ORDER BY total DESC, id
LIMIT $limit
