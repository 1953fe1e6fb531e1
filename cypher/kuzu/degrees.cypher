// How many relationships touch each given node.
MATCH (a)-[r]-()
WHERE a.id IN $ids
RETURN a.id AS id, count(r) AS degree
