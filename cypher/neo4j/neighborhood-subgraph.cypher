// The second half of a neighbourhood in one statement (neo4j-neighborhood.ts puts the traversal of
// neighborhood-<depth>.cypher before it, in CALL {}): the neighbours the cut keeps and the focus, a row
// each with its stored columns (the search text left out), the entity's cut key ('' for the focus),
// whether the cut left any out, and its relationships to the others as lists
// [kind, id, props, sources, to]. No row when there is no focus.
// The relationships are found by expanding from each entity and testing the other end against the kept
// nodes: a test on `b.id IN $ids` is planned as an index seek per id and entity (quadratic).
WITH id, key
ORDER BY key, id
WITH collect({id: id, key: key}) AS found
WITH size(found) >= $limit AS truncated, [{id: $id, key: ''}] + found[0..$keep] AS hits
UNWIND hits AS hit
MATCH (a:Entity {id: hit.id})
WITH truncated, collect([hit.key, a]) AS kept
WITH truncated, kept, [k IN kept | k[1]] AS nodes
UNWIND kept AS k
WITH truncated, k[0] AS key, k[1] AS a, nodes
RETURN truncated, key, [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a {.*, searchText: null} AS n,
    [(a)-[r]->(b) WHERE b IN nodes | [type(r), r.id, r.props, r.sources, b.id]] AS rels
