// The nodes with the given ids, with their kind label; their stored columns but the search text.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n {.*, searchText: null} AS n, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
