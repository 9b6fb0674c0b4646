// title: Articles about a node
// answers: the source articles that mention a node, with the first quote each gives
// param: ref ref   the node (id, name or alias)
// example: dangjian query node_documents --param ref=上海国际集团有限公司
MATCH (d:Document)-[r:MENTIONS]->(n:Entity {id: $ref})
RETURN d.id AS id, d.name AS title, d.file AS file, d.date AS date, r.src_quotes[0] AS quote
ORDER BY date, file
