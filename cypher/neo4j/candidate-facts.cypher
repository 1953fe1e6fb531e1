// The candidates, fields and other entities an answer shows, a row each with its stored properties
// (derived degree and track record among them; the search text left out), and every relationship leaving
// it (where it is and works, and the evidence paths' relationships, with their properties and sources) as
// lists [kind, id, props, sources, to, toKind], in one statement.
// $refs: the entities by id (the kind each may carry is kuzu's routing; Neo4j looks ids up in one index).
UNWIND $refs AS ref
WITH DISTINCT ref.id AS id
MATCH (a:Entity {id: id})
RETURN [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a {.*, searchText: null} AS n,
    [(a)-[r]->(b:Entity) |
        [type(r), r.id, r.props, r.sources, b.id, [label IN labels(b) WHERE label <> 'Entity'][0]]] AS rels
