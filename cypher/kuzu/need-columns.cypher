// Generated from the domain declaration by `npm run schema:write`: sets the Need columns
// (PropertySpec.column) from rows of text, '' for none; a test checks it is current.
UNWIND $rows AS row
MATCH (n:Need {id: row.id})
SET n.needType = CASE WHEN row.needType = '' THEN CAST(NULL AS STRING) ELSE row.needType END,
    n.status = CASE WHEN row.status = '' THEN CAST(NULL AS STRING) ELSE row.status END,
    n.follower = CASE WHEN row.follower = '' THEN CAST(NULL AS STRING) ELSE row.follower END,
    n.raisedOn = CASE WHEN row.raisedOn = '' THEN CAST(NULL AS STRING) ELSE row.raisedOn END,
    n.updatedOn = CASE WHEN row.updatedOn = '' THEN CAST(NULL AS STRING) ELSE row.updatedOn END,
    n.solvedOn = CASE WHEN row.solvedOn = '' THEN CAST(NULL AS STRING) ELSE row.solvedOn END,
    n.supportAmount = CASE WHEN row.supportAmount = '' THEN CAST(NULL AS DOUBLE) ELSE CAST(row.supportAmount AS DOUBLE) END
