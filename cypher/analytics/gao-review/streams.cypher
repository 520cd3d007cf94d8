// The funding streams of one fiscal year as the GAO review reads them: money, the administering agency, and one
// list `links` naming the stream's neighbours ('o|' objective, 's|' sector, 'r|' region, 'b|' beneficiary,
// 'a|' activity, 'u|' the upstream stream its money comes from): one expansion per stream.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE $fiscal_year IS NULL OR s.fiscal_year = $fiscal_year
RETURN
  s.id AS id,
  s.name AS name,
  a.id AS agency_id,
  s.amount AS amount,
  COLLECT {
    MATCH (s)-[link:SUPPORTS|SCOPED_TO|SERVES|PROVIDES|PASSES_THROUGH]-(x)
    WHERE NOT (link:PASSES_THROUGH AND startNode(link) = s)
    RETURN CASE
      WHEN x:Objective THEN 'o|'
      WHEN x:Sector THEN 's|'
      WHEN x:Region THEN 'r|'
      WHEN x:Beneficiary THEN 'b|'
      WHEN x:Activity THEN 'a|'
      ELSE 'u|'
    END + x.id
  } AS links
ORDER BY id
