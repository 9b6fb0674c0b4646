// title: Shortest connection between two nodes
// answers: the shortest chain of relationships (any direction, not through articles) that
// answers: links two organisations, with every hop's type and source quote
// param: from ref   one end (id, name or alias)
// param: to ref     the other end (id, name or alias)
// example: dangjian query shortest_path --param from=上海国际集团有限公司 --param to=兴业太古汇商圈
// Portable text; FalkorDB has no undirected shortestPath, so it uses shortest_path.falkordb.cypher.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:PART_OF|MEMBER_OF|CHAIRS|LOCATED_IN|COVERS|CLAIMED|SIGNED_AGREEMENT|PAIRED_WITH|HOLDS_POSITION|PARTICIPATED_IN|ORGANISED|HELD_AT|RUNS|AWARDED|BRANDED*..10]-(b))
RETURN [n IN nodes(p) | {id: n.id, name: n.name, label: n.label}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id,
        document: r.src_docs[0], quote: r.src_quotes[0]}] AS hops
