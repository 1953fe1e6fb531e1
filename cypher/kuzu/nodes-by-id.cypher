// The nodes with the given ids, of any kind.
MATCH (n)
WHERE n.id IN $ids
RETURN n
