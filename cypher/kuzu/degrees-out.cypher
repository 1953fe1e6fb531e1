// Relationships leaving each given (distinct) node of one kind. kuzu 0.11 miscounts undirected
// patterns around a node with more than 2,048 relationships, so degrees are counted one direction at a
// time and added up.
// Labelled by table (__KIND__): the store runs it once per node kind. kuzu 0.11 reads a list of ids
// of unknown kind by scanning and joining every table, even through UNWIND; per table it is fast.
MATCH (a:__KIND__)-[r]->()
WHERE a.id IN $ids
RETURN a.id AS id, count(r) AS degree
