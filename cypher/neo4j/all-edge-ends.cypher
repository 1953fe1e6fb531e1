// Both ends of every relationship, for whole-graph summaries such as connected components.
MATCH (a:Entity)-[r]->(b:Entity)
RETURN a.id AS from, b.id AS to
