// title: Projects
// answers: projects by year, by brand, by claimant, or those no one has claimed, with
// answers: their claimants and the source of each claim
// param: year int?            projects of this year (the project's year or a claim's)
// param: brand ref(Brand)?    projects under this brand
// param: claimed_by ref?      projects this unit claimed
// param: unclaimed bool?      true: only projects no one has claimed
// example: dangjian query projects --param year=2020
// example: dangjian query projects --param claimed_by=蔚来汽车
MATCH (p:Project)
OPTIONAL MATCH (c:Entity)-[r:CLAIMED]->(p)
WITH p, collect(CASE WHEN c IS NULL THEN NULL ELSE {id: c.id, name: c.name, label: c.label,
     year: r.year, document: r.src_docs[0], quote: r.src_quotes[0]} END) AS claimants
WHERE ($year IS NULL OR p.year = $year OR any(x IN claimants WHERE x.year = $year))
  AND ($claimed_by IS NULL OR any(x IN claimants WHERE x.id = $claimed_by))
  AND (coalesce($unclaimed, false) = false OR size(claimants) = 0)
OPTIONAL MATCH (p)-[:BRANDED]->(b:Brand)
WITH p, claimants, collect(b.id) AS brand_ids, collect(b.name) AS brands
WHERE $brand IS NULL OR $brand IN brand_ids
RETURN p.id AS id, p.name AS name, p.year AS year, p.category AS category, brands,
       claimants, p.src_docs[0] AS document, p.src_quotes[0] AS quote
ORDER BY year, name
