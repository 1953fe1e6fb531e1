// Dashboard: needs by type (null where none is recorded), in the region ('' for everywhere).
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
RETURN n.needType AS key, count(DISTINCT n) AS count
