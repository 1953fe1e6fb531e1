// The entries of one change set, in the order they were recorded.
MATCH (e:ChangeEntry)
WHERE e.changeSet = $id
RETURN e.type AS type, e.record AS record, e.before AS before, e.after AS after
ORDER BY e.seq
