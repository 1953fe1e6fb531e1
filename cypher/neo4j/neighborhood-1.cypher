// The focus's neighbours of the wanted kinds, in the order a neighbourhood keeps them when it is cut:
// by the first of the relationships to each (relationship kind in declaration order, $relRank, then
// relationship id). `key` is that order as text: hops, kind rank, id. At most $limit rows.
MATCH (f:Entity {id: $id})-[e]-(m:__KINDS__)
WHERE m <> f
WITH m, min('1' + $relRank[type(e)] + e.id) AS key
RETURN m.id AS id, [label IN labels(m) WHERE label <> 'Entity'][0] AS kind, key
ORDER BY key, id
LIMIT $limit
