// Every relationship arriving at nodes of one kind, inside a write.
UNWIND $ids AS i
MATCH (b)-[r]->(a:__KIND__ {id: i})
RETURN label(r) AS kind, r.id AS id, b.id AS from, a.id AS to, r.props AS props, r.sources AS sources
