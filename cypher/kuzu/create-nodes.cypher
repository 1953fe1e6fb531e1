// Creates nodes of one kind known to be new (the import fast path); a taken id fails the transaction.
UNWIND $rows AS row
CREATE (n:__KIND__ {id: row.id, name: row.name, nameEn: row.nameEn, aliases: row.aliases,
    description: row.description, keywords: row.keywords, props: row.props, stats: row.stats,
    sources: row.sources, searchText: row.searchText})
