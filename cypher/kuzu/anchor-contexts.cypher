// As anchor-context.cypher, for several enterprises at once (a region's needs): their keys joined against
// the Enterprise table. Slower per enterprise than one bound by its key (kuzu then scans the relationship
// tables), so the store uses it only for more than one.
UNWIND $ids AS i
MATCH (x:Enterprise {id: i})-[r1]-(m)-[r2]-(c)
WHERE (label(m) <> 'Domain' AND label(m) <> 'Programme') OR id(r2) = id(r1)
WITH x, collect([label(r1), r1.id, m.id, label(m), label(r2), r2.id, c.id, label(c)]) AS walks
RETURN x.id AS id, x.name AS name, x.nameEn AS nameEn, x.aliases AS aliases,
    x.description AS description, x.keywords AS keywords, x.props AS props, x.stats AS stats,
    x.sources AS sources, x.degree AS degree, walks
