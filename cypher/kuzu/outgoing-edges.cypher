// Relationships leaving the given (distinct) nodes of one kind (kuzu crashes on UNION ALL here, so in
// and out are two queries).
// Labelled by table (__KIND__): the store runs it once per node kind. kuzu 0.11 reads a list of ids
// of unknown kind by scanning and joining every table, even through UNWIND; per table it is fast.
MATCH (a:__KIND__)-[r]->(b)
WHERE a.id IN $ids
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
LIMIT $cap
