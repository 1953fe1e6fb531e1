// The enterprises recommendations start from, every relationship each has, and one step further from each
// neighbour that is not a field or a programme (its projects and needs, partners, people, platforms, its
// districts). The second step may go back along the first relationship (as the embedded store's walks
// do), the only one kept through fields and programmes, so every neighbour shows. Per walk: the
// enterprise, the first relationship and the neighbour, the second relationship and the entity beyond,
// collected per enterprise.
UNWIND $ids AS i
MATCH (x:Enterprise {id: i})
OPTIONAL MATCH (x)-[r1]-(m:Entity)
OPTIONAL MATCH (m)-[r2]-(c:Entity)
WHERE (NOT m:Domain AND NOT m:Programme) OR r2 = r1
WITH x, collect([type(r1), r1.id, m.id, [label IN labels(m) WHERE label <> 'Entity'][0],
    type(r2), r2.id, c.id, [label IN labels(c) WHERE label <> 'Entity'][0]]) AS walks
RETURN x AS n, walks
