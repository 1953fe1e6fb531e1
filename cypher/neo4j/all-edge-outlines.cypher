// Every relationship's id, ends, kind and stored props (the store keeps only an integer `year` from them),
// by id: whole-graph summaries that need more than the ends (all-edge-ends.cypher).
MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS from, b.id AS to, type(r) AS kind, r.props AS props
ORDER BY id
