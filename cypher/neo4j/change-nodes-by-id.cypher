// The current records of the given nodes, inside a write (the states a change set records as before).
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
