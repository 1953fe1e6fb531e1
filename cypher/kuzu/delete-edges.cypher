// Deletes relationships of one kind between two node kinds, found by their ends.
UNWIND $rows AS row
MATCH (a:__FROM__ {id: row.from})-[e:__REL__]->(b:__TO__ {id: row.to})
WHERE e.id = row.id
DELETE e
