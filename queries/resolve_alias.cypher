// title: Resolve an alias
// answers: the nodes that list the given text among their aliases (a scan of every node:
// answers: asked only when no id or canonical name matched)
// param: ref str   an alias
// example: dangjian query resolve_alias --param ref=国际集团
MATCH (n:Entity)
WHERE $ref IN n.aliases
RETURN n.id AS id, n.name AS name, n.label AS label
ORDER BY label, name
LIMIT 20
