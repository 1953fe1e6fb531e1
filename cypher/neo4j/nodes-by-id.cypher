// The nodes with the given ids, with their kind label.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
