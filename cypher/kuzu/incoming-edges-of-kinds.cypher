// Relationships of the given kinds arriving at the given (distinct) nodes; see outgoing-edges.cypher.
UNWIND $ids AS i
MATCH (b)-[r]->(a {id: i})
WHERE label(r) IN $rels
RETURN label(r) AS kind, r.id AS id, b.id AS from, a.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
