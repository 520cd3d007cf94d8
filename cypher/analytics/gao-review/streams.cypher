// The funding streams of one fiscal year as the GAO review reads them: money, the administering agency, the
// upstream stream its money comes from, and one list `links` naming what the stream points to ('o|' objective,
// 's|' sector, 'r|' region, 'b|' beneficiary, 'a|' activity): one expansion per stream.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE $fiscal_year IS NULL OR s.fiscal_year = $fiscal_year
RETURN
  s.id AS id,
  s.name AS name,
  a.id AS agency_id,
  s.amount AS amount,
  COLLECT { MATCH (s)<-[:PASSES_THROUGH]-(u:FundingStream) RETURN u.id }[0] AS passes_through_id,
  COLLECT {
    MATCH (s)-[:SUPPORTS|SCOPED_TO|SERVES|PROVIDES]->(x)
    RETURN CASE
      WHEN x:Objective THEN 'o|'
      WHEN x:Sector THEN 's|'
      WHEN x:Region THEN 'r|'
      WHEN x:Beneficiary THEN 'b|'
      ELSE 'a|'
    END + x.id
  } AS links
