// Change sets, newest first, by editor ('' for any) and time (ISO strings; '' and '~' for open ends).
MATCH (c:ChangeSet)
WHERE ($editor = '' OR c.editor = $editor) AND c.at >= $since AND c.at <= $until
RETURN c.id AS id, c.editor AS editor, c.at AS at, c.kind AS kind, c.note AS note, c.counts AS counts,
    c.entryCount AS entryCount, c.undoes AS undoes, c.undoneBy AS undoneBy, c.digest AS digest
ORDER BY c.at DESC, c.id DESC
SKIP $offset
LIMIT $limit
