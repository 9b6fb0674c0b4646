// title: Resolve a reference
// answers: the nodes whose id or canonical name equals the given text (both indexed, so this
// answers: is a seek, not a scan); aliases are the slower `resolve_alias`, tried after it
// param: ref str   a node id or canonical name
// example: dangjian query resolve_ref --param ref=兴业太古汇商圈
MATCH (n:Entity {id: $ref})
RETURN n.id AS id, n.name AS name, n.label AS label
UNION
MATCH (n:Entity {name: $ref})
RETURN n.id AS id, n.name AS name, n.label AS label
