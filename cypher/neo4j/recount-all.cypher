// Recounts the derived degree and track record of every entity (a large batch, a migration).
MATCH (n:Entity)
SET n.degree = COUNT { (n)-->() } + COUNT { (n)<--() },
    n.trackRecord = COUNT { (n)-[:__RECORD__]->() } + COUNT { (n)<-[:__RECORD__]-() }
