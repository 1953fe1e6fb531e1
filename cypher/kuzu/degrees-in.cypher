// Relationships arriving at each given (distinct) node of one kind; see degrees-out.cypher.
// Labelled by table (__KIND__): the store runs it once per node kind. kuzu 0.11 reads a list of ids
// of unknown kind by scanning and joining every table, even through UNWIND; per table it is fast.
MATCH (a:__KIND__)<-[r]-()
WHERE a.id IN $ids
RETURN a.id AS id, count(r) AS degree
