// Dashboard: needs raised and needs solved per month (YYYY-MM), in the region ('' for everywhere).
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
WITH DISTINCT n
WHERE n.raisedOn IS NOT NULL
RETURN substring(n.raisedOn, 0, 7) AS period, 'raised' AS series, count(*) AS count
UNION ALL
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
WITH DISTINCT n
WHERE n.solvedOn IS NOT NULL
RETURN substring(n.solvedOn, 0, 7) AS period, 'solved' AS series, count(*) AS count
