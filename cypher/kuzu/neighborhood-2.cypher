// Everything within two hops of the focus through entities of the wanted kinds, nearer hops first,
// then by the first relationship reaching each (kind in declaration order, $relKinds, then id): `key` is
// that order as text (hops, kind rank, id). One walk of two relationships from the bound focus; kuzu walks
// may go back along the same relationship, so every neighbour appears as `x` even with no other link.
// Kinds and the focus are filtered after grouping: a filter on `m` inside the match makes kuzu scan from m.
// `offset` is where each entity sits in its table, a hint for reading its relationships (kuzu-subgraph.ts).
MATCH (f:__NODES__ {id: $id})-[e1]-(x:__KINDS__)-[e2]-(m)
UNWIND [[x.id, label(x), '1' + lpad(string(list_position($relKinds, label(e1))), 2, '0') + e1.id,
        string(offset(id(x)))],
    [m.id, label(m), '2' + lpad(string(list_position($relKinds, label(e2))), 2, '0') + e2.id,
        string(offset(id(m)))]] AS hit
WITH label(f) AS focusKind, string(offset(id(f))) AS focusOffset, hit[1] AS id, hit[2] AS kind,
    hit[4] AS offset, min(hit[3]) AS key
WHERE id <> $id AND kind IN $kinds
RETURN id, kind, key, focusKind, focusOffset, offset
ORDER BY key, id
LIMIT $limit
