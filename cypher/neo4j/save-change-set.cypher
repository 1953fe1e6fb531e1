// Records a change set (its entries are written apart, by save-change-entries).
CREATE (:ChangeSet {id: $id, editor: $editor, at: $at, kind: $kind, note: $note, counts: $counts,
    entryCount: $entryCount, undoes: $undoes, undoneBy: '', digest: $digest})
