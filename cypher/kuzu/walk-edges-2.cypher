// Every relationship on a walk of at most 2 from each end of the paths wanted (at most four relationships
// long: each relationship of such a path lies within 2 of one of its ends), in one statement: per walk,
// for each step, the relationship's kind and id and the entities before and after it. kuzu walks may go
// back along the same relationship, so a neighbour with no other link still shows. An end that is not an
// entity comes back as a null id.
OPTIONAL MATCH (a:__NODES__ {id: $from})
OPTIONAL MATCH (a)-[e1]-(x)-[e2]-(y)
WITH a.id AS fromId, collect([label(e1), e1.id, a.id, x.id, label(e2), e2.id, x.id, y.id]) AS fromWalks
OPTIONAL MATCH (b:__NODES__ {id: $to})
OPTIONAL MATCH (b)-[f1]-(u)-[f2]-(v)
RETURN fromId, fromWalks, b.id AS toId, collect([label(f1), f1.id, b.id, u.id, label(f2), f2.id, u.id, v.id]) AS toWalks
