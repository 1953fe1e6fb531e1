// Dashboard: needs by the domain they are IN_DOMAIN (a need in two domains counts in both; null id for
// needs in none), with how many are still open ($open statuses), in the region ('' for everywhere).
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
WITH DISTINCT n
OPTIONAL MATCH (n)-[:IN_DOMAIN]->(d:Domain)
RETURN d.id AS id, d.name AS name, count(n) AS count,
       sum(CASE WHEN coalesce(n.status, $initial) IN $open THEN 1 ELSE 0 END) AS open
