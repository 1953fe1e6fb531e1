// Relationships leaving every node that has any (top-degree adds both directions, see degrees-out.cypher).
MATCH (n)-[r]->()
RETURN n.id AS id, count(r) AS degree
