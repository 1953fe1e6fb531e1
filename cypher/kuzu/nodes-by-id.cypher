// The nodes of one kind with the given (distinct) ids.
// Labelled by table (__KIND__): the store runs it once per node kind. kuzu 0.11 reads a list of ids
// of unknown kind by scanning and joining every table, even through UNWIND; per table it is fast.
MATCH (n:__KIND__)
WHERE n.id IN $ids
RETURN n
