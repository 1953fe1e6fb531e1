// How many 对接 records each given need has, and the date of the latest.
MATCH (g:Engagement)-[:ENGAGEMENT_FOR]->(n:Need)
WHERE n.id IN $ids
RETURN n.id AS need, count(g) AS count, max(g.date) AS last
