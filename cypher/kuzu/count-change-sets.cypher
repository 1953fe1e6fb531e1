// How many change sets match the filters of change-sets.
MATCH (c:ChangeSet)
WHERE ($editor = '' OR c.editor = $editor) AND c.at >= $since AND c.at <= $until
RETURN count(c) AS total
