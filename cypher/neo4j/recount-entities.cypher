// Recounts the derived degree and track record of the given entities, inside a write; the track-record
// kinds are those of derived-counts.ts (TRACK_RECORD_RELS).
UNWIND $ids AS i
MATCH (n:Entity {id: i})
SET n.degree = COUNT { (n)-->() } + COUNT { (n)<--() },
    n.trackRecord = COUNT { (n)-[:__RECORD__]->() } + COUNT { (n)<-[:__RECORD__]-() }
