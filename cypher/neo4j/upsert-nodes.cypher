// Upserts nodes of one kind; every node also carries the Entity label that holds the id constraint. A kind's
// own columns (PropertySpec.column) are properties of their own, null (removed) where the props have none.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:__KIND__
SET n.name = row.name, n.nameEn = row.nameEn, n.aliases = row.aliases, n.description = row.description,
    n.keywords = row.keywords, n.props = row.props, n.stats = row.stats, n.sources = row.sources,
    n.searchText = row.searchText
SET n += row.columns
