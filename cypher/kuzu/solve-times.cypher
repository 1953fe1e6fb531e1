// Dashboard: days from raised to solved of the solved needs with both dates, by bucket: the number of
// $bounds (upper limits in days) the time exceeds, with count, total, shortest and longest, in the region.
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE $region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
WITH DISTINCT n
WHERE n.raisedOn IS NOT NULL AND n.solvedOn IS NOT NULL
WITH CAST(date(n.solvedOn) - date(n.raisedOn) AS INT64) AS days
RETURN size(list_filter($bounds, b -> b < days)) AS bucket, count(*) AS count, sum(days) AS totalDays,
       min(days) AS minDays, max(days) AS maxDays
