// Proposals, newest documents first, optionally of one status.
// param: status  pending | accepted | rejected | null for all
MATCH (p:Proposal)
WHERE $status IS NULL OR p.status = $status
RETURN p.id AS id, p.kind AS kind, p.status AS status, p.summary AS summary,
       p.document AS document, p.confidence AS confidence, p.payload AS payload
ORDER BY p.document, p.kind DESC, p.summary
