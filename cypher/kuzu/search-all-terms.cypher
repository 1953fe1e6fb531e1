// Candidate nodes whose search keys contain every term.
MATCH (n)
WHERE label(n) IN $kinds AND all(t IN $terms WHERE n.searchText CONTAINS t)
RETURN n
LIMIT $limit
