// The candidates, fields and other entities an answer shows, with their stored columns, derived degree and
// track record, and every relationship leaving them (where they are and work, and the evidence paths'
// relationships, with their properties and sources). As subgraph-of-ids.cypher, one statement.
UNWIND $ids AS i
MATCH (a:__NODES__ {id: i})
OPTIONAL MATCH (a)-[r]->(b:__NODES__)
RETURN label(a) AS kind, a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
    a.description AS description, a.keywords AS keywords, a.props AS props, a.stats AS stats,
    a.sources AS sources, a.degree AS degree, a.trackRecord AS trackRecord,
    label(r) AS relKind, r.id AS relId, r.props AS relProps, r.sources AS relSources, b.id AS to,
    label(b) AS toKind
