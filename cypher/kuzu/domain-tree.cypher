// Every field with its broader field, if any, and its search keys (the question's words are matched
// against them by the caller): the whole hierarchy in one statement; fields are few.
MATCH (d:Domain)
OPTIONAL MATCH (d)-[:SUBFIELD_OF]->(p:Domain)
RETURN d.id AS id, d.name AS name, d.aliases AS aliases, d.searchText AS searchText, p.id AS parent
