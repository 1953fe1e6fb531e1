// Dashboard: 对接 records by activity type (null where none is recorded), for enterprises in the region
// ('' for everywhere).
MATCH (g:Engagement)
WHERE $region = ''
   OR EXISTS { MATCH (g)-[:ENGAGEMENT_FOR]->(e:Enterprise)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region }
RETURN g.activityType AS key, count(*) AS count
