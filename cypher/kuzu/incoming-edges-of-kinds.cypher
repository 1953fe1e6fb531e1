// Relationships of the given kinds arriving at the given nodes.
MATCH (b)-[r]->(a)
WHERE a.id IN $ids AND label(r) IN $rels
RETURN label(r) AS kind, r.id AS id, b.id AS from, a.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
