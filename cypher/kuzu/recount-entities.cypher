// Recounts the derived degree and track record of the given entities of one kind, inside a write (kuzu
// 0.11 mixes up nodes of different tables in relationships written in the open transaction when a
// pattern spans several node tables, so the store runs this once per table).
// Each direction is counted on its own: kuzu 0.11 miscounts undirected patterns around a node with more
// than 2,048 relationships. Relationships are counted by their distinct ids: inside a transaction kuzu
// 0.11 returns a relationship written in it several times, not always under the same internal id. The
// track-record kinds are those of derived-counts.ts (TRACK_RECORD_RELS).
// `i` is carried through every WITH: kuzu 0.11 fails ("Cannot evaluate expression with type VARIABLE")
// when a node matched on an UNWIND variable is carried without it.
UNWIND $ids AS i
MATCH (n:__KIND__ {id: i})
OPTIONAL MATCH (n)-[o]->()
WITH i, n, count(DISTINCT o.id) AS outgoing
OPTIONAL MATCH (n)<-[r]-()
WITH i, n, outgoing, count(DISTINCT r.id) AS incoming
OPTIONAL MATCH (n)-[t:__RECORD__]->()
WITH i, n, outgoing, incoming, count(DISTINCT t.id) AS recordOut
OPTIONAL MATCH (n)<-[u:__RECORD__]-()
WITH i, n, outgoing, incoming, recordOut, count(DISTINCT u.id) AS recordIn
SET n.degree = outgoing + incoming, n.trackRecord = recordOut + recordIn
