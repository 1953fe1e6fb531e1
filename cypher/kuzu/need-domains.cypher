// The domains of the given needs (IN_DOMAIN), one row each.
MATCH (n:Need)-[:IN_DOMAIN]->(d:Domain)
WHERE n.id IN $ids
RETURN n.id AS need, d.id AS id, d.name AS name
ORDER BY need, name
