// Removes review-queue pairs (an undone proposal).
UNWIND $ids AS i
MATCH (p:ReviewPair {id: i})
DELETE p
