// Every relationship on a walk of at most 3 from each end of the paths wanted (at most six relationships
// long: each relationship of such a path lies within 3 of one of its ends), in one statement: per walk,
// for each step, the relationship's kind and id and the entities before and after it. kuzu walks may go
// back along the same relationship, so a neighbour with no other link still shows. An end that is not an
// entity comes back as a null id.
OPTIONAL MATCH (a:__NODES__ {id: $from})
OPTIONAL MATCH (a)-[e1]-(x)-[e2]-(y)-[e3]-(z)
WITH a.id AS fromId, collect([label(e1), e1.id, a.id, x.id, label(e2), e2.id, x.id, y.id, label(e3), e3.id, y.id, z.id]) AS fromWalks
OPTIONAL MATCH (b:__NODES__ {id: $to})
OPTIONAL MATCH (b)-[f1]-(u)-[f2]-(v)-[f3]-(w)
RETURN fromId, fromWalks, b.id AS toId, collect([label(f1), f1.id, b.id, u.id, label(f2), f2.id, u.id, v.id, label(f3), f3.id, v.id, w.id]) AS toWalks
