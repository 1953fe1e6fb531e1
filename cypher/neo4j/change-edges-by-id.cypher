// The current records of the given relationships, found by their ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[e]->(b:Entity {id: row.to})
WHERE e.id = row.id
RETURN type(e) AS kind, e.id AS id, a.id AS from, b.id AS to, e.props AS props, e.sources AS sources
