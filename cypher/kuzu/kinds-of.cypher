// The kind (table) of each given id that exists.
MATCH (n)
WHERE n.id IN $ids
RETURN n.id AS id, label(n) AS kind
