// Candidates the given nodes (all of one kind) point at, through relationships of the wanted kinds.
MATCH (n:__KIND__)-[r:__RELS__]->(c:__KINDS__)
WHERE n.id IN $ids AND c.id <> $anchor
RETURN n.id AS from, c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, type(r) AS rel
ORDER BY from, id, rel
LIMIT $limit
