// FalkorDB variant of shortest_path.cypher: FalkorDB's shortestPath() is directed only, so
// this walks undirected paths of growing length and keeps the shortest.
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = (a)-[:PART_OF|MEMBER_OF|CHAIRS|LOCATED_IN|COVERS|CLAIMED|SIGNED_AGREEMENT|PAIRED_WITH|HOLDS_POSITION|PARTICIPATED_IN|ORGANISED|HELD_AT|RUNS|AWARDED|BRANDED*1..6]-(b)
WITH p ORDER BY length(p) LIMIT 1
RETURN [n IN nodes(p) | {id: n.id, name: n.name, label: n.label}] AS nodes,
       [r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id,
        document: r.src_docs[0], quote: r.src_quotes[0]}] AS hops
