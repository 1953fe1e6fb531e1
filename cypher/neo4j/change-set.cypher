// One change set, by id.
MATCH (c:ChangeSet {id: $id})
RETURN c.id AS id, c.editor AS editor, c.at AS at, c.kind AS kind, c.note AS note, c.counts AS counts,
    c.entryCount AS entryCount, c.undoes AS undoes, c.undoneBy AS undoneBy, c.digest AS digest
