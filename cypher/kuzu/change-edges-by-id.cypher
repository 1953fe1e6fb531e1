// The current records of relationships of one kind between two node kinds, found by their ends.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})-[e:__REL__]->(b:__TO__ {id: row.to})
WHERE e.id = row.id
RETURN e.id AS id, a.id AS from, b.id AS to, e.props AS props, e.sources AS sources
