// The best-connected nodes: the network's hubs and brokers.
MATCH (n)-[r]-()
RETURN n.id AS id, count(r) AS degree
ORDER BY degree DESC, id
LIMIT $limit
