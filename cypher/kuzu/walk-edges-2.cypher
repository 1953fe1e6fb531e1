// Every relationship on a walk of at most 2 from one end of the paths wanted (paths of at most four
// relationships: each of their relationships lies within 2 of one of their ends; the store runs this
// for both ends side by side). Per walk, for each step: the relationship's kind and id, the entities
// before and after it and their kinds. kuzu walks may go back along the same relationship, so a
// neighbour with no other link still shows. No row for an entity without relationships, or none at
// all (a MATCH: kuzu 0.11 plans the optional walk several times slower).
MATCH (a:__NODES__ {id: $id})-[e1]-(x)-[e2]-(y)
RETURN a.id AS start, collect([label(e1), e1.id, a.id, x.id, label(a), label(x), label(e2), e2.id, x.id, y.id, label(x), label(y)]) AS walks
