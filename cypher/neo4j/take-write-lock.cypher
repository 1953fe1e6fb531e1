// The first statement of every write transaction: writers to the graph take turns, as on the embedded
// store, so what a write reads before it applies (the states before it records, the values it expects,
// WriteBatch.expect) still holds when it commits. One node apart from the graph (no Entity label).
MERGE (l:WriteLock {key: 'graph'})
SET l.at = timestamp()
