// Deletes nodes of one kind with every relationship touching them.
UNWIND $ids AS i
MATCH (n:__KIND__ {id: i})
DETACH DELETE n
