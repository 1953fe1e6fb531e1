// Every node of one kind with columns of its own (__KIND__), for sync-columns.ts to compare them with the props.
MATCH (n:__KIND__)
RETURN n
