// Baseline: the fiscal year's requests with the partnership's region, sectors and applicant type and the
// solution's objectives, read once. $partnership_id null: all partnerships.
MATCH (p:Partnership)-[q:REQUESTS]->(x:Solution)
WHERE (q.year IS NULL OR q.year = $fiscal_year)
  AND ($partnership_id IS NULL OR p.id = $partnership_id)
RETURN
  p.id AS partnership_id, x.id AS solution_id, q.priority AS priority, q.estimated_cost AS estimated_cost,
  p.applicant_type AS applicant_type,
  COLLECT { MATCH (p)-[:IN_REGION|FOCUSES_ON]->(y) RETURN y.id } AS scope,
  COLLECT { MATCH (x)-[:ADVANCES]->(o) RETURN o.id } AS objectives
