// Number of entities per kind (the entity tables only: change sets and their entries are not counted).
MATCH (n:__NODES__)
RETURN label(n) AS kind, count(*) AS count
