// Every relationship on a walk of at most 1 from one end of the paths wanted (paths of at most two
// relationships: each of their relationships lies within 1 of one of their ends; the store runs this
// for both ends side by side). Per walk, for each step: the relationship's kind and id, the entities
// before and after it and their kinds. kuzu walks may go back along the same relationship, so a
// neighbour with no other link still shows. No row for an entity without relationships, or none at
// all (a MATCH: kuzu 0.11 plans the optional walk several times slower).
MATCH (a:__NODES__ {id: $id})-[e1]-(x)
RETURN a.id AS start, collect([label(e1), e1.id, a.id, x.id, label(a), label(x)]) AS walks
