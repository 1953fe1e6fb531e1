// Every relationship leaving the given (distinct) nodes; for edgesAmong over many ids, filtered by the caller.
UNWIND $ids AS i
MATCH (a {id: i})-[r]->(b)
RETURN label(r) AS kind, r.id AS id, a.id AS from, b.id AS to, r.props AS props, r.sources AS sources
