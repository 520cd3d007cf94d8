// The funding streams of one fiscal year as the money flow draws them: the source of funds, the administering
// agency, the upstream stream its money comes from (passes_through_id), the objectives it supports, and its
// awards to partnerships in that year (an award without a fiscal year counts in its stream's year).
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
WHERE $fiscal_year IS NULL OR s.fiscal_year = $fiscal_year
RETURN
  s.id AS id,
  s.name AS name,
  s.source AS source,
  a.id AS agency_id,
  s.amount AS amount,
  COLLECT { MATCH (s)<-[:PASSES_THROUGH]-(u:FundingStream) RETURN u.id }[0] AS passes_through_id,
  COLLECT { MATCH (s)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.id } AS objective_ids,
  COLLECT { MATCH (s)-[:SCOPED_TO]->(x:Sector) RETURN x.id ORDER BY x.id } AS sector_ids,
  COLLECT { MATCH (s)-[:SCOPED_TO]->(x:Region) RETURN x.id ORDER BY x.id } AS region_ids,
  COLLECT {
    MATCH (s)-[award:AWARDED]->(p:Partnership)
    WHERE coalesce(award.fiscal_year, s.fiscal_year) = s.fiscal_year
    RETURN {partnership_id: p.id, partnership_name: p.name, amount: award.amount}
  } AS awards
