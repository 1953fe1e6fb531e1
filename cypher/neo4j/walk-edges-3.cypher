// Every relationship on a walk of at most 3 from each end of the paths wanted (at most six relationships
// long: each relationship of such a path lies within 3 of one of its ends), in one statement: per walk,
// for each step, the relationship's kind and id and the entities before and after it. A step may go
// back along the relationship before it, as in the embedded store. An end that is not an entity comes
// back as a null id.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (a)-[e1]-(x:Entity)
OPTIONAL MATCH (x)-[e2]-(y:Entity)
OPTIONAL MATCH (y)-[e3]-(z:Entity)
WITH a.id AS fromId, collect([type(e1), e1.id, a.id, x.id, type(e2), e2.id, x.id, y.id, type(e3), e3.id, y.id, z.id]) AS fromWalks
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL MATCH (b)-[f1]-(u:Entity)
OPTIONAL MATCH (u)-[f2]-(v:Entity)
OPTIONAL MATCH (v)-[f3]-(w:Entity)
RETURN fromId, fromWalks, b.id AS toId, collect([type(f1), f1.id, b.id, u.id, type(f2), f2.id, u.id, v.id, type(f3), f3.id, v.id, w.id]) AS toWalks
