// One setting kept with the graph (not an entity), by its key.
MATCH (s:Setting {key: $key})
RETURN s.value AS value
