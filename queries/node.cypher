// title: One node
// answers: every property of one node, with its sources
// param: ref ref   a node id, canonical name or alias
// example: dangjian query node --param ref=兴业太古汇商圈党建联席会议
MATCH (n:Entity {id: $ref})
RETURN properties(n) AS node
