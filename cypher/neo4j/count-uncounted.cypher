// Entities without derived counts: a database written before they existed (recounted once, on open).
MATCH (n:Entity)
WHERE n.degree IS NULL
RETURN count(n) AS count
