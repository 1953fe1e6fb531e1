// Deletes the given nodes with every relationship touching them.
MATCH (n:Entity)
WHERE n.id IN $ids
DETACH DELETE n
