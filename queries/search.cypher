// title: Search names
// answers: nodes whose name or an alias contains the text, optionally of one label
// param: q str          text to look for (substring)
// param: label str?     only nodes with this label
// example: dangjian query search --param q=太古汇
// example: dangjian query search --param q=银行 --param label=Unit
MATCH (n:Entity)
WHERE ($label IS NULL OR n.label = $label)
  AND (n.name CONTAINS $q OR any(a IN n.aliases WHERE a CONTAINS $q))
RETURN n.id AS id, n.name AS name, n.label AS label, n.aliases AS aliases
ORDER BY size(n.name), name
LIMIT 1000
