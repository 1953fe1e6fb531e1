// The change sets that touched any of the records (as the record, or as an end of a relationship).
MATCH (e:ChangeEntry)
WHERE e.record IN $ids OR e.fromId IN $ids OR e.toId IN $ids
WITH DISTINCT e.changeSet AS id
MATCH (c:ChangeSet {id: id})
WHERE c.id <> $except
RETURN c.id AS id, c.editor AS editor, c.at AS at, c.kind AS kind, c.note AS note, c.counts AS counts,
    c.entryCount AS entryCount, c.undoes AS undoes, c.undoneBy AS undoneBy, c.digest AS digest
ORDER BY c.at DESC, c.id DESC
LIMIT $limit
