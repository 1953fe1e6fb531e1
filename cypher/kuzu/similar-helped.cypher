// Whom enterprises of the wanted fields (other than the anchor) already COOPERATE_WITH: per candidate
// and field, how many such enterprises, and one of them for the evidence path. The join-order hint
// keeps kuzu walking out from the few fields instead of scanning every cooperation.
MATCH (d:Domain)<-[r:IN_DOMAIN]-(e:Enterprise)-[h:COOPERATES_WITH]->(c:__KINDS__)
WHERE d.id IN $fields AND e.id <> $anchor AND c.id <> $anchor
HINT ((d JOIN r) JOIN e) JOIN h JOIN c
WITH c, d.id AS field, count(e) AS helped, min(e.id) AS example
RETURN c.id AS id, label(c) AS kind, field, helped, example
ORDER BY helped DESC, id, field
LIMIT $limit
