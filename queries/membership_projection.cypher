// title: Unit–body projection
// answers: every unit with the councils, alliances and committees it belongs to or chairs:
// answers: the bipartite projection the brokers analysis runs on
// example: dangjian query membership_projection
MATCH (u:Unit)-[r:MEMBER_OF|CHAIRS]->(b:Entity)
WHERE b.label IN ['Council', 'Alliance', 'Committee']
RETURN DISTINCT u.id AS unit_id, u.name AS unit_name, b.id AS body_id, b.name AS body_name,
       b.label AS body_label
