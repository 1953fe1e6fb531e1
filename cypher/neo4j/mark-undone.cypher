// Marks a change set as undone by another.
MATCH (c:ChangeSet {id: $id})
SET c.undoneBy = $by
