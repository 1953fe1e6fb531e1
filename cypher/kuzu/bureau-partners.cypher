// Whom the agencies of the questions' districts COOPERATE_WITH or ADVISE, either way ($given: one row per
// question and agency), among the wanted kinds and other than the question's own enterprise.
UNWIND $given AS g
MATCH (a:Agency {id: g.id})-[r:COOPERATES_WITH|ADVISES]-(c:__KINDS__)
WHERE c.id <> g.anchor
RETURN g.key AS key, a.id AS agency, label(r) AS kind, r.id AS relId, c.id AS id, label(c) AS farKind
