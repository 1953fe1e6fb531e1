// A region, the regions inside it (three levels down), the entities LOCATED_IN any of them and the needs
// those have (HAS_NEED), with each need's and its enterprise's stored columns (derived degree included): what 科技招商 starts from.
MATCH (g:Region)-[:LOCATED_IN*0..3]->(r:Region {id: $id})
WITH DISTINCT g
OPTIONAL MATCH (g)<-[:LOCATED_IN]-(x)
OPTIONAL MATCH (x)-[:HAS_NEED]->(n:Need)
RETURN g.id AS regionId, x.id AS located, label(x) AS locatedKind, x.id AS xId,
    x.name AS xName, x.nameEn AS xNameEn, x.aliases AS xAliases, x.description AS xDescription,
    x.keywords AS xKeywords, x.props AS xProps, x.stats AS xStats, x.sources AS xSources,
    x.degree AS xDegree,
    n.id AS need, n.id AS nId, n.name AS nName, n.nameEn AS nNameEn, n.aliases AS nAliases,
    n.description AS nDescription, n.keywords AS nKeywords, n.props AS nProps, n.stats AS nStats,
    n.sources AS nSources, n.degree AS nDegree
