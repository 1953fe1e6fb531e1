// Review-queue pairs by status, kind and entity ('' for any), highest score first.
MATCH (p:ReviewPair)
WHERE ($status = '' OR p.status = $status) AND ($kind = '' OR p.kind = $kind)
    AND ($entity = '' OR p.a = $entity OR p.b = $entity)
RETURN p.id AS id, p.kind AS kind, p.a AS a, p.b AS b, p.score AS score, p.reasons AS reasons,
    p.proposedBy AS proposedBy, p.status AS status, p.decidedBy AS decidedBy, p.decidedAt AS decidedAt,
    p.createdAt AS createdAt
ORDER BY score DESC, id
SKIP $offset
LIMIT $limit
