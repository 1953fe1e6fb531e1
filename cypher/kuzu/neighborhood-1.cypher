// The focus's neighbours of the wanted kinds, in the order a neighbourhood keeps them when it is cut:
// by the first of the relationships to each (relationship kind in declaration order, $relKinds, then
// relationship id). `key` is that order as text: hops, kind rank, id. At most $limit rows. `offset` is
// where each entity sits in its table, a hint for reading its relationships (kuzu-subgraph.ts).
MATCH (f:__NODES__ {id: $id})-[e]-(m:__KINDS__)
WITH f, m, min('1' + lpad(string(list_position($relKinds, label(e))), 2, '0') + e.id) AS key
WITH label(f) AS focusKind, offset(id(f)) AS focusOffset, m.id AS id, label(m) AS kind, offset(id(m)) AS offset, key
WHERE id <> $id
RETURN id, kind, key, focusKind, focusOffset, offset
ORDER BY key, id
LIMIT $limit
