// title: Everything linked to a node
// answers: a unit's (or any node's) profile: every relationship in or out of it except the
// answers: articles' MENTIONS, with the node at the other end, its properties and source
// param: ref ref   the node (id, name or alias)
// example: dangjian query node_relations --param ref=上海国际集团有限公司
MATCH (n:Entity {id: $ref})-[r]->(o:Entity)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type, 'out' AS direction, o.id AS id, o.name AS name, o.label AS label,
       properties(r) AS props
UNION ALL
MATCH (n:Entity {id: $ref})<-[r]-(o:Entity)
WHERE type(r) <> 'MENTIONS'
RETURN type(r) AS type, 'in' AS direction, o.id AS id, o.name AS name, o.label AS label,
       properties(r) AS props
