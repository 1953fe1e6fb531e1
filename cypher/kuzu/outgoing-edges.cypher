// Relationships leaving the given (distinct) nodes (kuzu crashes on UNION ALL here, so in and out are two
// queries). One primary-key lookup per id: kuzu 0.11 can return rows of other nodes for `a.id IN $ids` on an
// unlabelled pattern.
UNWIND $ids AS i
MATCH (a {id: i})-[r]->(b)
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
