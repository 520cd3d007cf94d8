// Funding streams as flat rows: money fields, the administering agency's id, and one list `links` naming the
// stream's neighbours ('o|' objective, 's|' sector, 'r|' region, 'u|' the upstream stream its money comes from):
// one expansion per stream. Filters:
// $fiscal_year, $agency_ids (an agency and its divisions); scope filters are applied by the caller.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE ($fiscal_year IS NULL OR s.fiscal_year = $fiscal_year)
  AND ($agency_ids IS NULL OR a.id IN $agency_ids)
RETURN
  s.id AS id,
  s.name AS name,
  a.id AS agency_id,
  s.fiscal_year AS fiscal_year,
  s.amount AS amount,
  s.obligated AS obligated,
  s.expended AS expended,
  s.flexibility AS flexibility,
  s.match_percent AS match_percent,
  coalesce(s.eligible_applicants, []) AS eligible_applicants,
  COLLECT {
    MATCH (s)-[link:SUPPORTS|SCOPED_TO|PASSES_THROUGH]-(x)
    WHERE NOT (link:PASSES_THROUGH AND startNode(link) = s)
    RETURN CASE WHEN x:Objective THEN 'o|' WHEN x:Sector THEN 's|' WHEN x:Region THEN 'r|' ELSE 'u|' END + x.id
  } AS links
