// Stage proposals that are not known yet: a proposal once accepted or rejected keeps its
// status, so a rejected fact never comes back on re-ingest.
// param: rows  [{id, kind, summary, document, payload, confidence}]
UNWIND $rows AS row
MERGE (p:Proposal {id: row.id})
ON CREATE SET p += row, p.status = 'pending'
RETURN p.id AS id, p.status AS status
