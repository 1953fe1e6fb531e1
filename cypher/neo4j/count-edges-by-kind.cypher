// Number of relationships per kind.
MATCH (:Entity)-[r]->(:Entity)
RETURN type(r) AS kind, count(*) AS count
