// Creates relationships of one kind between two node kinds, known to be new (one end was just created).
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from}), (b:__TO__ {id: row.to})
CREATE (a)-[e:__REL__ {id: row.id, props: row.props, sources: row.sources}]->(b)
