// Number of nodes per kind.
MATCH (n:Entity)
RETURN [label IN labels(n) WHERE label <> 'Entity'][0] AS kind, count(*) AS count
