// The given candidates (all of one kind): their stored columns, their track record (relationships of
// cooperation, projects, programmes, platforms hosted and advice given) and which of the given places
// they are LOCATED_IN or ADVISE (科技特派员).
MATCH (c:__KIND__)
WHERE c.id IN $ids
OPTIONAL MATCH (c)-[r:COOPERATES_WITH|PARTICIPATES_IN|IN_PROGRAMME|HOSTS|ADVISES]-()
WITH c, count(r) AS record
OPTIONAL MATCH (c)-[l:LOCATED_IN|ADVISES]->(p:Region)
WHERE p.id IN $places
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.aliases AS aliases,
    c.description AS description, c.keywords AS keywords, c.props AS props, c.stats AS stats,
    c.sources AS sources, record,
    collect([p.id, type(l)]) AS places
