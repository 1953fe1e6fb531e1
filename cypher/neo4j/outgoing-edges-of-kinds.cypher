// Relationships of the given kinds leaving the given nodes.
MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND type(r) IN $rels
RETURN type(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
