// title: Units that cover an area
// answers: the units that cover an area (its sub-areas and buildings included) and how:
// answers: located in it, member of a council or alliance that covers it, or running a
// answers: station that covers it. Units are ranked by the number of ways they cover it, then
// answers: by name, and paged here, in the store: one row per way of each unit on the page,
// answers: with the relation that proves it and its source's title; `total` counts all units.
// answers: A page past the end gives one row with the total and no unit.
// param: area ref(Area,Street,District,Building)   the area (id, name or alias)
// param: as_of date?    only links valid on this date (YYYY-MM-DD): started by then (from, date or
//                        year) and not ended (to, compared at its own precision)
// param: via str?       only one way: located, member or station
// param: offset int?    units to skip (default 0)
// param: limit int?     units on the page (default: all)
// example: dangjian query area_coverage --param area=兴业太古汇商圈
// example: dangjian query area_coverage --param area=南京西路街道 --param as_of=2020-06-30 --param limit=10
MATCH (a:Entity {id: $area})
CALL {
  // A unit located in the area or in a place inside it.
  WITH a
  MATCH (u:Unit)-[link:LOCATED_IN]->(p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a)
  WHERE ($via IS NULL OR $via = 'located')
    AND ($as_of IS NULL OR (coalesce(link.from, link.date, toString(link.year), '') <= $as_of AND (link.to IS NULL OR link.to >= left($as_of, size(link.to)))))
  RETURN u, link
  UNION ALL
  // A member of a body that covers (or sits in) such a place: the bodies first, once each,
  // so that a body covering many sub-places does not repeat its members.
  WITH a
  MATCH (p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a)
  WHERE $via IS NULL OR $via = 'member'
  WITH DISTINCT p
  MATCH (b:Entity)-[:COVERS|LOCATED_IN]->(p)
  WITH DISTINCT b
  MATCH (u:Unit)-[link:MEMBER_OF]->(b)
  WHERE $as_of IS NULL OR (coalesce(link.from, link.date, toString(link.year), '') <= $as_of AND (link.to IS NULL OR link.to >= left($as_of, size(link.to))))
  RETURN u, link
  UNION ALL
  // A unit that runs a station covering such a place.
  WITH a
  MATCH (p:Entity)-[:PART_OF|LOCATED_IN*0..4]->(a)
  WHERE $via IS NULL OR $via = 'station'
  WITH DISTINCT p
  MATCH (s:Station)-[:COVERS|LOCATED_IN]->(p)
  WITH DISTINCT s
  MATCH (u:Unit)-[link:RUNS]->(s)
  WHERE $as_of IS NULL OR (coalesce(link.from, link.date, toString(link.year), '') <= $as_of AND (link.to IS NULL OR link.to >= left($as_of, size(link.to))))
  RETURN u, link
}
// The way and what it goes through follow from the link: LOCATED_IN ends at the place, MEMBER_OF at
// the body, RUNS at the station. Collecting links alone keeps a district's aggregation light.
WITH u, collect(DISTINCT link) AS links
ORDER BY size(links) DESC, u.name
WITH collect([u, links]) AS ranked
WITH size(ranked) AS total, ranked[coalesce($offset, 0)..coalesce($offset, 0) + coalesce($limit, size(ranked))] AS page
UNWIND CASE WHEN size(page) = 0 THEN [-1] ELSE range(0, size(page) - 1) END AS rank
WITH total, rank, CASE WHEN rank < 0 THEN null ELSE page[rank] END AS entry
UNWIND CASE WHEN entry IS NULL THEN [null] ELSE entry[1] END AS link
WITH total, rank, entry[0] AS u, link, endNode(link) AS through
OPTIONAL MATCH (d:Document {id: link.src_docs[0]})
WITH total, rank, u, link, through, d, type(link) AS relation
RETURN total, rank, u.id AS id, u.name AS name, u.label AS label,
       CASE relation WHEN 'LOCATED_IN' THEN 'located' WHEN 'MEMBER_OF' THEN 'member' WHEN 'RUNS' THEN 'station' END AS via,
       relation, through.id AS through_id, through.name AS through_name, through.label AS through_label,
       link.src_docs[0] AS document, link.src_quotes[0] AS quote, d.name AS title, d.file AS file
ORDER BY rank, via, through_name
