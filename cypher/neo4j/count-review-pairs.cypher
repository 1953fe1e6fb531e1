// How many review-queue pairs match the filters of review-pairs.
MATCH (p:ReviewPair)
WHERE ($status = '' OR p.status = $status) AND ($kind = '' OR p.kind = $kind)
    AND ($entity = '' OR p.a = $entity OR p.b = $entity)
RETURN count(p) AS total
