// Baseline: the fiscal year's streams with their agency, money fields, objectives and scope, read once.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE s.fiscal_year = $fiscal_year
RETURN
  s.id AS id, a.id AS agency_id, s.amount AS amount, s.obligated AS obligated, s.expended AS expended,
  s.flexibility AS flexibility, s.match_percent AS match_percent, s.eligible_applicants AS eligible_applicants,
  COLLECT { MATCH (s)-[:SUPPORTS|SCOPED_TO]->(x) RETURN x.id } AS links
