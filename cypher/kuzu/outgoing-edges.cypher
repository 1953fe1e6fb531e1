// Relationships leaving the given nodes (kuzu crashes on UNION ALL here, so in and out are two queries).
MATCH (a)-[r]->(b)
WHERE a.id IN $ids
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
