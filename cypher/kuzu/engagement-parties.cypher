// Both sides and the activity of the given 对接 records: one row per relationship leaving them.
MATCH (g:Engagement)-[r:ENGAGEMENT_FOR|ENGAGEMENT_WITH|IN_ACTIVITY]->(x)
WHERE g.id IN $ids
RETURN g.id AS engagement, label(r) AS rel, x.id AS id, x.name AS name, label(x) AS kind
ORDER BY engagement, rel, name
