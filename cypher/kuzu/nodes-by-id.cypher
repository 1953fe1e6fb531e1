// The nodes with the given (distinct) ids, of any kind: one primary-key lookup per id, in the given order.
UNWIND $ids AS i
MATCH (n {id: i})
RETURN n
