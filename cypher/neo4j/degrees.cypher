// The derived degree of each given entity.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, n.degree AS degree
