// title: Members of a body
// answers: the members of a council, alliance, committee or organisation, optionally as of
// answers: a date, with each membership's role, period and source
// param: body ref(Council,Alliance,Committee,Unit)   the body (id, name or alias)
// param: as_of date?    only memberships valid on this date (YYYY-MM-DD)
// example: dangjian query body_members --param body=兴业太古汇商圈党建联席会议
MATCH (m:Entity)-[r:MEMBER_OF]->(b:Entity {id: $body})
WHERE ($as_of IS NULL OR (coalesce(r.from, r.date, toString(r.year), '') <= $as_of AND (r.to IS NULL OR r.to >= left($as_of, size(r.to)))))
RETURN m.id AS id, m.name AS name, m.label AS label, r.role AS role,
       r.from AS from, r.to AS to, r.src_docs[0] AS document, r.src_quotes[0] AS quote
ORDER BY name
