// Generated from the domain declaration by `npm run schema:write`: sets the Engagement columns
// (PropertySpec.column) from rows of text, '' for none; a test checks it is current.
UNWIND $rows AS row
MATCH (n:Engagement {id: row.id})
SET n.date = CASE WHEN row.date = '' THEN CAST(NULL AS STRING) ELSE row.date END,
    n.activityType = CASE WHEN row.activityType = '' THEN CAST(NULL AS STRING) ELSE row.activityType END
