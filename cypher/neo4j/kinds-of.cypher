// The kind of each given id that exists.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
