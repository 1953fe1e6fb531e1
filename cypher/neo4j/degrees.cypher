// How many relationships touch each given node.
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN n.id AS id, COUNT { (n)--() } AS degree
