// Every relationship on a walk of at most 1 from each end of the paths wanted (at most two relationships
// long: each relationship of such a path lies within 1 of one of its ends), in one statement: per walk,
// for each step, the relationship's kind and id and the entities before and after it. A step may go
// back along the relationship before it, as in the embedded store. An end that is not an entity comes
// back as a null id.
OPTIONAL MATCH (a:Entity {id: $from})
OPTIONAL MATCH (a)-[e1]-(x:Entity)
WITH a.id AS fromId, collect([type(e1), e1.id, a.id, x.id]) AS fromWalks
OPTIONAL MATCH (b:Entity {id: $to})
OPTIONAL MATCH (b)-[f1]-(u:Entity)
RETURN fromId, fromWalks, b.id AS toId, collect([type(f1), f1.id, b.id, u.id]) AS toWalks
