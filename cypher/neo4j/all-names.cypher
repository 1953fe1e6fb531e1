// Id, kind, name and aliases of every node: what an import matches names against.
MATCH (n:Entity)
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind, n.name AS name, n.aliases AS aliases
