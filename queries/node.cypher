// title: One node
// answers: every property of one node, with its sources and their documents' titles
// param: ref ref   a node id, canonical name or alias
// example: dangjian query node --param ref=兴业太古汇商圈党建联席会议
MATCH (n:Entity {id: $ref})
OPTIONAL MATCH (d:Document)
WHERE d.id IN n.src_docs
WITH n, collect(d) AS docs
RETURN properties(n) AS node, [d IN docs | {id: d.id, title: d.name, file: d.file, date: d.date}] AS documents
