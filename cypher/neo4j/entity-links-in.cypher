// Every relationship arriving at one entity, with the kind of the other end.
MATCH (n:__KIND__ {id: $id})<-[r]-(c:Entity)
RETURN c.id AS id, [label IN labels(c) WHERE label <> 'Entity'][0] AS kind, type(r) AS rel
