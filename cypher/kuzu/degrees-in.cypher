// Relationships arriving at each given (distinct) node; see degrees-out.cypher.
UNWIND $ids AS i
MATCH (a {id: i})<-[r]-()
RETURN a.id AS id, count(r) AS degree
