// Relationships of the given kinds leaving the given nodes.
MATCH (a)-[r]->(b)
WHERE a.id IN $ids AND label(r) IN $rels
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
