// Candidate nodes whose search keys contain at least one term, with their stored columns (the
// search text, long and needed only here, left out).
MATCH (n:Entity)
WHERE any(t IN $terms WHERE n.searchText CONTAINS t)
WITH n, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
WHERE kind IN $kinds
RETURN n {.*, searchText: null} AS n, kind
LIMIT $limit
