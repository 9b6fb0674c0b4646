// title: Chairs of a body
// answers: who chaired a body (rotating chair, 理事长单位, 会长): the chair as of a date, or the
// answers: whole history in order when no date is given
// param: body ref(Council,Alliance,Committee)   the body (id, name or alias)
// param: as_of date?    the chair in office on this date (YYYY-MM-DD)
// example: dangjian query body_chairs --param body=南京西路街道区域化党建联席会议 --param as_of=2020-06-30
MATCH (c:Entity)-[r:CHAIRS]->(b:Entity {id: $body})
WHERE $as_of IS NULL OR (coalesce(r.from, r.date, toString(r.year), '') <= $as_of
  AND (r.to IS NULL OR r.to >= left($as_of, size(r.to)))
  // A term known only by its year ("2018年的轮值主席单位") holds for that year alone.
  AND (r.year IS NULL OR r.from IS NOT NULL OR r.to IS NOT NULL OR toString(r.year) = left($as_of, 4)))
RETURN c.id AS id, c.name AS name, c.label AS label, r.role AS role,
       coalesce(r.from, toString(r.year)) AS from, r.to AS to, r.src_docs[0] AS document, r.src_quotes[0] AS quote
ORDER BY coalesce(r.from, toString(r.year), ''), name
