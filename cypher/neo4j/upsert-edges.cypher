// Upserts relationships of one kind, matched by the ends' ids.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
MERGE (a)-[e:__REL__ {id: row.id}]->(b)
SET e.props = row.props, e.sources = row.sources
