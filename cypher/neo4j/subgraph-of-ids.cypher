// The entities with the given ids, with their derived degree, and every relationship among them: a
// subgraph in one statement (one row per entity without such relationships).
MATCH (a:Entity)
WHERE a.id IN $ids
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN $ids
RETURN [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a AS n,
    type(r) AS relKind, r.id AS relId, r.props AS relProps, r.sources AS relSources, b.id AS to
