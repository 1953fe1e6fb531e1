// Sets the own columns (PropertySpec.column) of nodes of one kind (__KIND__) from their props, null removing one.
UNWIND $rows AS row
MATCH (n:__KIND__ {id: row.id})
SET n += row.columns
