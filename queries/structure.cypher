// title: Structure of a street or the district
// answers: the 1+4+X (1+11+5, 1+7+14) structure under a council, street or the district as a
// answers: tree: every body linked by PART_OF below it, with its parent, kind and stated size
// param: root ref(Council,Street,District,Alliance,Committee)   the top of the tree
// example: dangjian query structure --param root=南京西路街道
MATCH path = (x:Entity)-[:PART_OF*1..6]->(root:Entity {id: $root})
WHERE x.label IN ['Council', 'Alliance', 'Committee', 'Station', 'Unit', 'Street']
  AND all(n IN nodes(path)[1..] WHERE n.label IN ['Council', 'Alliance', 'Committee', 'Station', 'Unit', 'Street', 'District'])
WITH x, min(length(path)) AS depth, collect(path) AS paths
WITH x, depth, [q IN paths WHERE length(q) = depth][0] AS path
RETURN x.id AS id, x.name AS name, x.label AS label, x.level AS level, x.kind AS kind,
       x.structure AS structure, x.stated_members AS stated_members,
       nodes(path)[1].id AS parent_id, depth
ORDER BY depth, name
