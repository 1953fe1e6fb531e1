// The current records of nodes of one kind, inside a write (the states a change set records as before).
UNWIND $ids AS i
MATCH (n:__KIND__ {id: i})
RETURN n
