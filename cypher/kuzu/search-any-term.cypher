// Candidate entities of the wanted kinds (the tables named, __KINDS__) whose search keys contain a term.
MATCH (n:__KINDS__)
WHERE any(t IN $terms WHERE n.searchText CONTAINS t)
RETURN label(n) AS kind, n
LIMIT $limit
