// Relationships of the given kinds leaving the given (distinct) nodes; see outgoing-edges.cypher.
UNWIND $ids AS i
MATCH (a {id: i})-[r]->(b)
WHERE label(r) IN $rels
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
