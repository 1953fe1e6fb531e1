// Ids of the 对接 records matching all given conditions ('' for none), newest first. The region is the
// enterprise's the record was for (its own, or its need's: both are linked ENGAGEMENT_FOR).
MATCH (g:Engagement)
WHERE ($since = '' OR g.date >= $since)
  AND ($until = '' OR g.date <= $until)
  AND ($activityType = '' OR g.activityType = $activityType)
  AND ($party = '' OR EXISTS { MATCH (g)-[:ENGAGEMENT_FOR|ENGAGEMENT_WITH]->(x) WHERE x.id = $party })
  AND ($activity = '' OR EXISTS { MATCH (g)-[:IN_ACTIVITY]->(a:Activity) WHERE a.id = $activity })
  AND ($region = ''
    OR EXISTS { MATCH (g)-[:ENGAGEMENT_FOR]->(e:Enterprise)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region })
RETURN g.id AS id
ORDER BY coalesce(g.date, '') DESC, id
