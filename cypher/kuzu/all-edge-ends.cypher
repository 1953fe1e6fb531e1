// Both ends of every relationship, for whole-graph summaries such as connected components.
MATCH (a)-[r]->(b)
RETURN a.id AS from, b.id AS to
