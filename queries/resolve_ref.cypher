// title: Resolve a reference
// answers: the nodes whose id, canonical name or alias equals the given text
// param: ref str   a node id, canonical name or alias
// example: dangjian query resolve_ref --param ref=国际集团
MATCH (n:Entity)
WHERE n.id = $ref OR n.name = $ref OR $ref IN n.aliases
RETURN n.id AS id, n.name AS name, n.label AS label
ORDER BY label, name
LIMIT 20
