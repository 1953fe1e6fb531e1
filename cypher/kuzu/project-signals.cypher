// Three small signals in one statement, each collected whole: who PARTICIPATES_IN a project IN_DOMAIN one
// of the given fields ($weighted: every question's), which enterprises on projects of the given similar
// fields ($similar) COOPERATE_WITH whom, and whom the given agencies ($agencies) COOPERATE_WITH or ADVISE,
// either way; candidates of the wanted kinds. The caller gives each question its rows, leaves out its
// own enterprise and counts (kuzu 0.11 loses the results of an aggregation carried into a second one).
// Each part starts from a list of ids of one table (a scan with a filter, which kuzu then walks out
// from; a join on a list would make it scan every relationship instead).
OPTIONAL MATCH (d:Domain)<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(c:__KINDS__)
WHERE d.id IN $weighted
WITH collect([d.id, p.id, c.id, label(c)]) AS fieldVia
OPTIONAL MATCH (d:Domain)<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(e:Enterprise)-[:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $similar
WITH fieldVia, collect([d.id, p.id, e.id, c.id, label(c)]) AS helpedVia
OPTIONAL MATCH (a:Agency)-[r:COOPERATES_WITH|ADVISES]-(c:__KINDS__)
WHERE a.id IN $agencies
RETURN fieldVia, helpedVia, collect([a.id, label(r), r.id, c.id, label(c)]) AS bureau
