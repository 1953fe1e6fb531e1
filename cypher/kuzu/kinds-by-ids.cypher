// The kind of each given (distinct) id that is an entity, in one statement (see nodes-by-ids.cypher).
UNWIND $ids AS i
MATCH (n:__NODES__ {id: i})
RETURN n.id AS id, label(n) AS kind
