// The second half of a neighbourhood in one statement (neo4j-neighborhood.ts puts the traversal of
// neighborhood-<depth>.cypher before it, in CALL {}): the neighbours the cut keeps and the focus, with
// their degrees and every relationship among them, in the rows of subgraph-of-ids.cypher, each with the
// entity's cut key ('' for the focus) and whether the cut left any out. No row when there is no focus.
WITH id, key
ORDER BY key, id
WITH collect({id: id, key: key}) AS found
WITH size(found) >= $limit AS truncated, [{id: $id, key: ''}] + found[0..$keep] AS hits
WITH truncated, hits, [hit IN hits | hit.id] AS ids
UNWIND hits AS hit
MATCH (a:Entity {id: hit.id})
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b.id IN ids
RETURN truncated, hit.key AS key, [label IN labels(a) WHERE label <> 'Entity'][0] AS kind, a AS n,
    type(r) AS relKind, r.id AS relId, r.props AS relProps, r.sources AS relSources, b.id AS to
