// Candidate nodes whose search keys contain every term.
MATCH (n:Entity)
WHERE all(t IN $terms WHERE n.searchText CONTAINS t)
WITH n, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind
WHERE kind IN $kinds
RETURN n, kind
LIMIT $limit
