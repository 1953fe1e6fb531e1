// Every relationship on a walk of at most 2 from each start in $ids, the ends of the paths wanted (paths
// of at most four relationships: each of their relationships lies within 2 of one of their ends); both ends
// of a search, and those of searches asked at the same moment, in one statement. Per walk, for each step:
// the relationship's kind and id, the entities before and after it and their kinds. A step may go back
// along the relationship before it, as in the embedded store. A row per start that exists.
UNWIND $ids AS id
MATCH (a:Entity {id: id})
OPTIONAL MATCH (a)-[e1]-(x:Entity)
OPTIONAL MATCH (x)-[e2]-(y:Entity)
RETURN a.id AS start, collect([type(e1), e1.id, a.id, x.id, [label IN labels(a) WHERE label <> 'Entity'][0], [label IN labels(x) WHERE label <> 'Entity'][0], type(e2), e2.id, x.id, y.id, [label IN labels(x) WHERE label <> 'Entity'][0], [label IN labels(y) WHERE label <> 'Entity'][0]]) AS walks
