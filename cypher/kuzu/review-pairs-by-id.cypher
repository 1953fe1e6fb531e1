// The given review-queue pairs, those that exist.
UNWIND $ids AS i
MATCH (p:ReviewPair {id: i})
RETURN p.id AS id, p.kind AS kind, p.a AS a, p.b AS b, p.score AS score, p.reasons AS reasons,
    p.proposedBy AS proposedBy, p.status AS status, p.decidedBy AS decidedBy, p.decidedAt AS decidedAt,
    p.createdAt AS createdAt
