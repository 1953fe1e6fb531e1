// Three small signals in one statement, each collected whole: who PARTICIPATES_IN a project IN_DOMAIN one
// of the given fields ($weighted: every question's), which enterprises on projects of the given similar
// fields ($similar) COOPERATE_WITH whom, and whom the given agencies ($agencies) COOPERATE_WITH or ADVISE,
// either way; candidates of the wanted kinds. The caller gives each question its rows, leaves out its
// own enterprise and counts (as the embedded store must).
OPTIONAL MATCH (d:Domain)<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(c:__KINDS__)
WHERE d.id IN $weighted
WITH collect([d.id, p.id, c.id, [label IN labels(c) WHERE label <> 'Entity'][0]]) AS fieldVia
OPTIONAL MATCH (d:Domain)<-[:IN_DOMAIN]-(p:Project)<-[:PARTICIPATES_IN]-(e:Enterprise)-[:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $similar
WITH fieldVia, collect([d.id, p.id, e.id, c.id, [label IN labels(c) WHERE label <> 'Entity'][0]]) AS helpedVia
OPTIONAL MATCH (a:Agency)-[r:COOPERATES_WITH|ADVISES]-(c:__KINDS__)
WHERE a.id IN $agencies
RETURN fieldVia, helpedVia, collect([a.id, type(r), r.id, c.id, [label IN labels(c) WHERE label <> 'Entity'][0]]) AS bureau
