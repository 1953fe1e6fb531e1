// Everything within two hops of the focus through entities of the wanted kinds, nearer hops first, then
// by the first relationship reaching each (kind in declaration order, $relRank, then id): `key` is that
// order as text (hops, kind rank, id). The second hop may go back along the first relationship, as in
// the embedded store's walk, which only finds the focus again.
MATCH (f:Entity {id: $id})-[e1]-(x:__KINDS__)
OPTIONAL MATCH (x)-[e2]-(m:Entity)
UNWIND [[x.id, x, '1' + $relRank[type(e1)] + e1.id], [m.id, m, '2' + $relRank[type(e2)] + e2.id]] AS hit
WITH hit[0] AS id, hit[1] AS node, hit[2] AS key
WHERE id IS NOT NULL AND id <> $id AND any(label IN labels(node) WHERE label IN $kinds)
WITH id, [label IN labels(node) WHERE label <> 'Entity'][0] AS kind, min(key) AS key
RETURN id, kind, key
ORDER BY key, id
LIMIT $limit
