// Change sets that touched one entity or a relationship of it, newest first, with the same filters.
MATCH (e:ChangeEntry)
WHERE e.record = $entity OR e.fromId = $entity OR e.toId = $entity
WITH DISTINCT e.changeSet AS id
MATCH (c:ChangeSet {id: id})
WHERE ($editor = '' OR c.editor = $editor) AND c.at >= $since AND c.at <= $until
RETURN c.id AS id, c.editor AS editor, c.at AS at, c.kind AS kind, c.note AS note, c.counts AS counts,
    c.entryCount AS entryCount, c.undoes AS undoes, c.undoneBy AS undoneBy, c.digest AS digest
ORDER BY c.at DESC, c.id DESC
