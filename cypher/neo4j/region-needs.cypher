// A region, the regions inside it (three levels down), the entities LOCATED_IN any of them and the needs
// those have (HAS_NEED), with each need and its enterprise: what 科技招商 starts from.
MATCH (g:Region)-[:LOCATED_IN*0..3]->(r:Region {id: $id})
WITH DISTINCT g
OPTIONAL MATCH (g)<-[:LOCATED_IN]-(x:Entity)
OPTIONAL MATCH (x)-[:HAS_NEED]->(n:Need)
RETURN g.id AS regionId, x.id AS located, [label IN labels(x) WHERE label <> 'Entity'][0] AS locatedKind, x,
    n.id AS need, n
