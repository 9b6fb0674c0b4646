// title: Units that cover an area
// answers: the units that cover an area (its sub-areas and buildings included) and how:
// answers: located in it, member of a council or alliance that covers it, or running a
// answers: station that covers it; one row per way, with the relation that proves it
// param: area ref(Area,Street,District,Building)   the area (id, name or alias)
// param: as_of date?    only links valid on this date (YYYY-MM-DD): started by then (from, date or
//                        year) and not ended (to, compared at its own precision)
// example: dangjian query area_coverage --param area=兴业太古汇商圈
// example: dangjian query area_coverage --param area=南京西路街道 --param as_of=2020-06-30
MATCH (u:Unit)-[r:LOCATED_IN]->(p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a:Entity {id: $area})
WHERE ($as_of IS NULL OR (coalesce(r.from, r.date, toString(r.year), '') <= $as_of AND (r.to IS NULL OR r.to >= left($as_of, size(r.to)))))
RETURN u.id AS id, u.name AS name, u.label AS label, 'located' AS via, 'LOCATED_IN' AS relation,
       p.id AS through_id, p.name AS through_name, p.label AS through_label,
       r.src_docs[0] AS document, r.src_quotes[0] AS quote
UNION ALL
MATCH (u:Unit)-[m:MEMBER_OF]->(b:Entity)-[:COVERS|LOCATED_IN]->(p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a:Entity {id: $area})
WHERE ($as_of IS NULL OR (coalesce(m.from, m.date, toString(m.year), '') <= $as_of AND (m.to IS NULL OR m.to >= left($as_of, size(m.to)))))
RETURN u.id AS id, u.name AS name, u.label AS label, 'member' AS via, 'MEMBER_OF' AS relation,
       b.id AS through_id, b.name AS through_name, b.label AS through_label,
       m.src_docs[0] AS document, m.src_quotes[0] AS quote
UNION ALL
MATCH (u:Unit)-[r:RUNS]->(s:Station)-[:COVERS|LOCATED_IN]->(p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a:Entity {id: $area})
WHERE ($as_of IS NULL OR (coalesce(r.from, r.date, toString(r.year), '') <= $as_of AND (r.to IS NULL OR r.to >= left($as_of, size(r.to)))))
RETURN u.id AS id, u.name AS name, u.label AS label, 'station' AS via, 'RUNS' AS relation,
       s.id AS through_id, s.name AS through_name, s.label AS through_label,
       r.src_docs[0] AS document, r.src_quotes[0] AS quote
