// The best-connected nodes: the network's hubs and brokers.
MATCH (n:Entity)
WITH n.id AS id, COUNT { (n)--() } AS degree
WHERE degree > 0
RETURN id, degree
ORDER BY degree DESC, id
LIMIT $limit
