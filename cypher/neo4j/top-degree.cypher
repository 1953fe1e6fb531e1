// The best-connected entities by their derived degree: the network's hubs and brokers.
MATCH (n:Entity)
WHERE n.degree > 0
RETURN n.id AS id, n.degree AS degree
ORDER BY degree DESC, id
LIMIT $limit
