// The enterprise a recommendation starts from (bound by its key), every relationship it has, and one step
// further from each neighbour that is not a field or a programme (its projects and needs, partners,
// people, platforms, its districts): one walk of two relationships. kuzu walks may go back along the same
// relationship, so every neighbour shows at least once, through the walk back to the enterprise (the only
// second step kept through fields and programmes). Per walk: the enterprise's stored columns, the first
// relationship and the neighbour, the second relationship and the entity beyond, collected per enterprise. An enterprise without
// any relationship gives no row. (A MATCH, not an OPTIONAL one: kuzu 0.11 plans the optional walk
// three to four times slower.)
MATCH (x:Enterprise {id: $id})-[r1]-(m)-[r2]-(c)
WHERE (label(m) <> 'Domain' AND label(m) <> 'Programme') OR id(r2) = id(r1)
WITH x, collect([label(r1), r1.id, m.id, label(m), label(r2), r2.id, c.id, label(c)]) AS walks
RETURN x.id AS id, x.name AS name, x.nameEn AS nameEn, x.aliases AS aliases,
    x.description AS description, x.keywords AS keywords, x.props AS props, x.stats AS stats,
    x.sources AS sources, x.degree AS degree, walks
