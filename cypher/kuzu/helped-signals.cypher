// Whom enterprises IN_DOMAIN the given fields (every question's, $fields) already COOPERATE_WITH: per
// candidate and field, the enterprises (each question leaves its own out). The join-order hint keeps
// kuzu walking out from the few fields instead of scanning every cooperation.
MATCH (d:Domain)<-[r:IN_DOMAIN]-(e:Enterprise)-[h:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $fields
HINT ((d JOIN r) JOIN e) JOIN h JOIN c
WITH c, d.id AS field, collect(e.id) AS helpers
RETURN c.id AS id, label(c) AS kind, field, helpers
