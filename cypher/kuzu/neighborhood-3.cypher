// As neighborhood-2.cypher, three hops: a walk of three relationships from the bound focus, going on
// only from entities of the wanted kinds (or back through the focus, which only finds nearer entities):
// each hit carries the entity it was reached through, checked after the walk. $through holds the same
// kinds as $kinds: kuzu 0.11 crashes on a filter on `y` inside the walk, and on one list parameter
// tested twice.
MATCH (f:__NODES__ {id: $id})-[e1]-(x:__KINDS__)-[e2]-(y)-[e3]-(m)
UNWIND [[x.id, label(x), '1' + lpad(string(list_position($relKinds, label(e1))), 2, '0') + e1.id, $id, '',
        string(offset(id(x)))],
    [y.id, label(y), '2' + lpad(string(list_position($relKinds, label(e2))), 2, '0') + e2.id, $id, '',
        string(offset(id(y)))],
    [m.id, label(m), '3' + lpad(string(list_position($relKinds, label(e3))), 2, '0') + e3.id, y.id,
        label(y), string(offset(id(m)))]] AS hit
WITH f, hit
WHERE hit[4] = $id OR list_contains($through, hit[5])
WITH label(f) AS focusKind, string(offset(id(f))) AS focusOffset, hit[1] AS id, hit[2] AS kind,
    hit[6] AS offset, min(hit[3]) AS key
WHERE id <> $id AND kind IN $kinds
RETURN id, kind, key, focusKind, focusOffset, offset
ORDER BY key, id
LIMIT $limit
