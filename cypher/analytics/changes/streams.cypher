// The funding streams of one fiscal year as the year-over-year comparison matches them: name, Assistance
// Listing, administering agency, amount and the upstream stream its money comes from.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE s.fiscal_year = $fiscal_year
RETURN
  s.id AS id,
  s.name AS name,
  s.assistance_listing AS assistance_listing,
  a.id AS agency_id,
  s.amount AS amount,
  COLLECT { MATCH (s)<-[:PASSES_THROUGH]-(u:FundingStream) RETURN u.id }[0] AS passes_through_id
ORDER BY id
