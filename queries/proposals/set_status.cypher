// Mark proposals accepted or rejected.
// param: ids     proposal ids
// param: status  accepted | rejected
MATCH (p:Proposal)
WHERE p.id IN $ids
SET p.status = $status
RETURN p.id AS id
