// The entities with the given ids, a row each with its stored columns (the search text left out, the
// derived degree in), and its relationships to the others as lists [kind, id, props, sources, to]: a
// subgraph in one statement. Relationships are expanded from each entity and their other end tested
// against the nodes found (a `b.id IN $ids` test is planned as a seek per id and entity).
MATCH (a:Entity)
WHERE a.id IN $ids
WITH collect(a) AS nodes
UNWIND nodes AS a
RETURN [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a {.*, searchText: null} AS n,
    [(a)-[r]->(b) WHERE b IN nodes | [type(r), r.id, r.props, r.sources, b.id]] AS rels
