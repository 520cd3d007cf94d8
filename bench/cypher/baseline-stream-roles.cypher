// Baseline: the fiscal year's streams with their agency, amount, upstream stream, objectives, scope, beneficiaries
// and activities, read once (what the GAO review reads).
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE s.fiscal_year = $fiscal_year
RETURN
  s.id AS id, s.name AS name, a.id AS agency_id, s.amount AS amount,
  COLLECT { MATCH (s)-[:SUPPORTS|SCOPED_TO|SERVES|PROVIDES]->(x) RETURN x.id } AS links,
  COLLECT { MATCH (s)<-[:PASSES_THROUGH]-(u) RETURN u.id } AS upstream
