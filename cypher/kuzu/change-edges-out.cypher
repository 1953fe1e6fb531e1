// Every relationship leaving nodes of one kind, inside a write (deleting a node deletes them too).
UNWIND $ids AS i
MATCH (a:__KIND__ {id: i})-[r]->(b)
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
