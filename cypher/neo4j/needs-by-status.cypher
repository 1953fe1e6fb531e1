// Dashboard: needs by status (none recorded counts as $initial), in the region ('' for everywhere).
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
RETURN coalesce(n.status, $initial) AS key, count(DISTINCT n) AS count
