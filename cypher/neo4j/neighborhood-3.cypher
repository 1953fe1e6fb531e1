// As neighborhood-2.cypher, three hops, going on only from entities of the wanted kinds (or back through
// the focus, which only finds nearer entities).
MATCH (f:Entity {id: $id})-[e1]-(x:__KINDS__)
OPTIONAL MATCH (x)-[e2]-(y:Entity)
WHERE y = f OR any(label IN labels(y) WHERE label IN $kinds)
OPTIONAL MATCH (y)-[e3]-(m:Entity)
UNWIND [[x.id, x, '1' + $relRank[type(e1)] + e1.id], [y.id, y, '2' + $relRank[type(e2)] + e2.id],
    [m.id, m, '3' + $relRank[type(e3)] + e3.id]] AS hit
WITH hit[0] AS id, hit[1] AS node, hit[2] AS key
WHERE id IS NOT NULL AND id <> $id AND any(label IN labels(node) WHERE label IN $kinds)
WITH id, [label IN labels(node) WHERE label <> 'Entity'][0] AS kind, min(key) AS key
RETURN id, kind, key
ORDER BY key, id
LIMIT $limit
