// Every relationship arriving at one entity, with the kind of the other end
// (an equality on the key: kuzu looks it up in the primary-key index).
MATCH (n:__KIND__ {id: $id})<-[r]-(c)
RETURN c.id AS id, label(c) AS kind, label(r) AS rel
