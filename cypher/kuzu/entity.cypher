// One entity of a known kind, by its key.
MATCH (c:__KIND__ {id: $id})
RETURN c.id AS id, c.name AS name, c.nameEn AS nameEn, c.aliases AS aliases,
    c.description AS description, c.keywords AS keywords, c.props AS props, c.stats AS stats,
    c.sources AS sources
