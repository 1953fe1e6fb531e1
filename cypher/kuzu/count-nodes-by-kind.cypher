// Number of nodes per kind.
MATCH (n)
RETURN label(n) AS kind, count(*) AS count
