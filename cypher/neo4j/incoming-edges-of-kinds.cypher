// Relationships of the given kinds arriving at the given nodes.
MATCH (b:Entity)-[r]->(a:Entity)
WHERE a.id IN $ids AND type(r) IN $rels
RETURN type(r) AS kind, r.id AS id, b.id AS from, a.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
