// The candidates, fields and other entities an answer shows, with their stored properties (derived degree
// and track record among them), and every relationship leaving them (where they are and work, and the
// evidence paths' relationships, with their properties and sources), in one statement.
// $refs: the entities by id (the kind each may carry is kuzu's routing; Neo4j looks ids up in one index).
UNWIND $refs AS ref
WITH DISTINCT ref.id AS id
MATCH (a:Entity {id: id})
OPTIONAL MATCH (a)-[r]->(b:Entity)
RETURN [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a AS n,
    type(r) AS relKind, r.id AS relId, r.props AS relProps, r.sources AS relSources, b.id AS to,
    [label IN labels(b) WHERE label <> 'Entity'][0] AS toKind
