// Upserts review-queue pairs (proposed or decided).
UNWIND $rows AS row
MERGE (p:ReviewPair {id: row.id})
SET p.kind = row.kind, p.a = row.a, p.b = row.b, p.score = row.score, p.reasons = row.reasons,
    p.proposedBy = row.proposedBy, p.status = row.status, p.decidedBy = row.decidedBy,
    p.decidedAt = row.decidedAt, p.createdAt = row.createdAt
