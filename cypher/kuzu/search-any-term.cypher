// Candidate nodes whose search keys contain at least one term.
MATCH (n)
WHERE label(n) IN $kinds AND any(t IN $terms WHERE n.searchText CONTAINS t)
RETURN n
LIMIT $limit
