// Relationships arriving at every node that has any (see degrees-out.cypher).
MATCH (n)<-[r]-()
RETURN n.id AS id, count(r) AS degree
