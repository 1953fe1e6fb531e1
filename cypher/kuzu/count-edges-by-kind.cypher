// Number of relationships per kind.
MATCH ()-[r]->()
RETURN label(r) AS kind, count(*) AS count
