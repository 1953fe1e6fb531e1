// The need register's filter: every need (with its enterprise) matching all given conditions, unordered
// (the caller sorts by Chinese collation). Unused list filters come as [''] with their every* flag set
// (as for kuzu, which cannot type an empty list); a need recorded without a status counts as $initial.
MATCH (n:Need)
OPTIONAL MATCH (e:Enterprise)-[:HAS_NEED]->(n)
WITH n, e
WHERE ($everyStatus OR coalesce(n.status, $initial) IN $statuses)
  AND ($everyType OR n.needType IN $needTypes)
  AND ($enterprise = '' OR e.id = $enterprise)
  AND ($follower = '' OR n.follower = $follower)
  AND ($everyId OR n.id IN $matching OR e.id IN $matching)
  AND ($region = '' OR EXISTS { MATCH (e)-[:LOCATED_IN*1..3]->(r:Region) WHERE r.id = $region })
  AND ($domain = ''
    OR EXISTS { MATCH (n)-[:IN_DOMAIN]->(d:Domain) WHERE d.id = $domain }
    OR EXISTS { MATCH (n)-[:IN_DOMAIN]->(:Domain)-[:SUBFIELD_OF*1..3]->(d:Domain) WHERE d.id = $domain })
RETURN n.id AS id, n.name AS name, e.id AS enterpriseId, e.name AS enterpriseName, n.status AS status,
       n.needType AS needType, n.follower AS follower, n.raisedOn AS raisedOn, n.updatedOn AS updatedOn,
       n.solvedOn AS solvedOn
