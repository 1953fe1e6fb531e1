// Upserts relationships of one kind between two node kinds, matched by the ends' ids.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from}), (b:__TO__ {id: row.to})
MERGE (a)-[e:__REL__ {id: row.id}]->(b)
SET e.props = row.props, e.sources = row.sources
