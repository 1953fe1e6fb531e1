// Dashboard: needs by the enterprise that has them (null id for needs of none), with how many are still
// open ($open statuses), in the region ('' for everywhere).
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
RETURN e.id AS id, e.name AS name, count(DISTINCT n) AS count,
       count(DISTINCT CASE WHEN coalesce(n.status, $initial) IN $open THEN n.id END) AS open
