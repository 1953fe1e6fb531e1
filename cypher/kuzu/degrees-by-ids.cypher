// The derived degree of each given (distinct) id that is an entity (see nodes-by-ids.cypher).
UNWIND $ids AS i
MATCH (n:__NODES__ {id: i})
RETURN n.id AS id, n.degree AS degree
