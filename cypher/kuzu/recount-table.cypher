// Recounts the derived degree and track record of every entity of one kind (a large batch, a migration):
// a scan of the table, far faster than looking up tens of thousands of ids. See recount-entities.cypher
// (why each direction on its own, and why DISTINCT).
MATCH (n:__KIND__)
OPTIONAL MATCH (n)-[o]->()
WITH n, count(DISTINCT o.id) AS outgoing
OPTIONAL MATCH (n)<-[r]-()
WITH n, outgoing, count(DISTINCT r.id) AS incoming
OPTIONAL MATCH (n)-[t:__RECORD__]->()
WITH n, outgoing, incoming, count(DISTINCT t.id) AS recordOut
OPTIONAL MATCH (n)<-[u:__RECORD__]-()
WITH n, outgoing, incoming, recordOut, count(DISTINCT u.id) AS recordIn
SET n.degree = outgoing + incoming, n.trackRecord = recordOut + recordIn
