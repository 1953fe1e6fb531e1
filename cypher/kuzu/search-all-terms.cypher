// Candidate entities of the wanted kinds (the tables named, __KINDS__) whose search keys contain every term.
MATCH (n:__KINDS__)
WHERE all(t IN $terms WHERE n.searchText CONTAINS t)
RETURN label(n) AS kind, n
LIMIT $limit
