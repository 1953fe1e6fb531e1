// Id, kind, name and aliases of every node: what an import matches names against.
MATCH (n)
RETURN n.id AS id, label(n) AS kind, n.name AS name, n.aliases AS aliases
