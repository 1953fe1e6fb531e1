// Deletes the given relationships, found by their ends.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[e]->(b:Entity {id: row.to})
WHERE e.id = row.id
DELETE e
