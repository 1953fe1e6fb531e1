// Saves a setting, replacing any earlier value (one statement, so atomic).
MERGE (s:Setting {key: $key})
SET s.value = $value
