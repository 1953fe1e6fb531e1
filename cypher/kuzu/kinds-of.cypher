// The kind (table) of each given (distinct) id that exists: one primary-key lookup per id.
UNWIND $ids AS i
MATCH (n {id: i})
RETURN n.id AS id, label(n) AS kind
