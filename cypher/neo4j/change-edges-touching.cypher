// Every relationship touching the given nodes, either way, inside a write.
MATCH (a:Entity)-[r]-(b:Entity)
WHERE a.id IN $ids
RETURN DISTINCT type(r) AS kind, r.id AS id, startNode(r).id AS from, endNode(r).id AS to, r.props AS props,
    r.sources AS sources
