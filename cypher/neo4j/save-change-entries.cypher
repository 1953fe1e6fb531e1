// Records the entries of a change set: each record it touched, before and after, as JSON ('' for none).
UNWIND $rows AS row
CREATE (:ChangeEntry {id: row.id, changeSet: row.changeSet, seq: row.seq, record: row.record,
    type: row.type, fromId: row.fromId, toId: row.toId, before: row.before, after: row.after})
