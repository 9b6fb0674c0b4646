// title: Areas, streets and the district
// answers: every place that can be asked about, with its parent and kind
// example: dangjian query areas
MATCH (a:Entity)
WHERE a.label IN ['District', 'Street', 'Area']
OPTIONAL MATCH (a)-[:PART_OF]->(p:Entity)
WHERE p.label IN ['District', 'Street', 'Area']
RETURN a.id AS id, a.name AS name, a.label AS label, a.kind AS kind,
       coalesce(a.outside_district, false) AS outside_district,
       p.id AS parent_id, p.name AS parent_name
ORDER BY label, name
