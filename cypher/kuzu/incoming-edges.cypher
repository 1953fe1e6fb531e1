// Relationships arriving at the given (distinct) nodes of one kind; see outgoing-edges.cypher.
// Labelled by table (__KIND__): the store runs it once per node kind. kuzu 0.11 reads a list of ids
// of unknown kind by scanning and joining every table, even through UNWIND; per table it is fast.
MATCH (b)-[r]->(a:__KIND__)
WHERE a.id IN $ids
RETURN label(r) AS kind, r.id AS id, b.id AS from, a.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
