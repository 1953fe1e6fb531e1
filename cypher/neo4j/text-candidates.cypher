// Candidates of the wanted kinds whose search keys contain one of several questions' words (all of them
// in $terms): ids, kinds and search keys, which the caller matches against each question's own words.
MATCH (n:__KINDS__)
WHERE any(t IN $terms WHERE n.searchText CONTAINS t)
RETURN n.id AS id, [label IN labels(n) WHERE label <> 'Entity'][0] AS kind, n.searchText AS searchText
