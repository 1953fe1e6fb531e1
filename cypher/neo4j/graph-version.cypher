// The graph's version: how many change sets there are and the newest one (by time, then id, as in
// change-sets.cypher). Every write records one in its transaction, and none is ever removed, so the pair
// changes with every write, even if the clock went back.
MATCH (c:ChangeSet)
WITH count(c) AS total
OPTIONAL MATCH (l:ChangeSet)
RETURN total, l.id AS id
ORDER BY l.at DESC, l.id DESC
LIMIT 1
