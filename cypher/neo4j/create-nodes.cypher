// Creates nodes of one kind known to be new (the import fast path); the Entity id constraint refuses a taken id.
// A kind's own columns (PropertySpec.column) are properties of their own.
UNWIND $rows AS row
CREATE (n:Entity:__KIND__ {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases,
    description: row.description, keywords: row.keywords, props: row.props, stats: row.stats,
    sources: row.sources, searchText: row.searchText})
SET n += row.columns
