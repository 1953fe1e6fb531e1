// Relationships leaving each given (distinct) node. kuzu 0.11 miscounts undirected patterns around a node
// with more than 2,048 relationships, so degrees are counted one direction at a time and added up.
UNWIND $ids AS i
MATCH (a {id: i})-[r]->()
RETURN a.id AS id, count(r) AS degree
