// Upserts nodes of one kind; __KIND__ is filled from the declared node kinds.
UNWIND $rows AS row
MERGE (n:__KIND__ {id: row.id})
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.description = row.description,
    n.keywords = row.keywords, n.props = row.props, n.stats = row.stats, n.sources = row.sources,
    n.searchText = row.searchText
