// Requests (partnership P requests solution X) with what eligibility needs, as ids: P's region, sectors and
// applicant type (read once per partnership), X's id (its objectives come from the reference data), and the
// year asked for (which fiscal years it counts in is decided by requestCountsIn, shared with the map).
// $region_id / $sector_id keep partnerships in that region / focusing on that sector; $partnership_id /
// $solution_id pick requests.
MATCH (p:Partnership)
WHERE ($partnership_id IS NULL OR p.id = $partnership_id)
  AND ($region_id IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region_id}) })
  AND ($sector_id IS NULL OR EXISTS { (p)-[:FOCUSES_ON]->(:Sector {id: $sector_id}) })
WITH p,
  COLLECT { MATCH (p)-[:IN_REGION]->(region:Region) RETURN region.id }[0] AS region_id,
  COLLECT { MATCH (p)-[:FOCUSES_ON]->(sector:Sector) RETURN sector.id ORDER BY sector.id } AS sector_ids
MATCH (p)-[req:REQUESTS]->(x:Solution)
WHERE ($solution_id IS NULL OR x.id = $solution_id)
RETURN
  p.id AS partnership_id,
  p.name AS partnership_name,
  p.applicant_type AS applicant_type,
  p.stage AS stage,
  region_id,
  sector_ids,
  x.id AS solution_id,
  req.priority AS priority,
  req.year AS year,
  req.estimated_cost AS estimated_cost
ORDER BY solution_id, partnership_id
