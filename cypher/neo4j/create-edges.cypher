// Creates relationships of one kind known to be new (one end was created in the same transaction).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[e:__REL__ {id: row.id, props: row.props, sources: row.sources}]->(b)
