// The entities with the given (distinct) ids, with their derived degree, and every relationship leaving
// them (the caller keeps those that arrive among the ids): a subgraph in one statement. The ids are
// joined against the id column of every entity table (a `WHERE a.id IN $ids` over several tables gives
// wrong rows in kuzu 0.11); the large searchText is left out (kuzu reads a returned column of the whole
// table before the join). kuzu plans the relationships as a scan of every relationship table joined on
// the entities, so this statement's cost grows with the graph, not with the list.
UNWIND $ids AS i
MATCH (a:__NODES__ {id: i})
OPTIONAL MATCH (a)-[r]->(b:__NODES__)
RETURN label(a) AS kind, a.id AS id, a.name AS name, a.nameEn AS nameEn, a.aliases AS aliases,
    a.description AS description, a.keywords AS keywords, a.props AS props, a.stats AS stats,
    a.sources AS sources, a.degree AS degree,
    label(r) AS relKind, r.id AS relId, r.props AS relProps, r.sources AS relSources, b.id AS to
