// Scorecard figures read straight from the map, under the filters ($agency_ids: an agency and its divisions): the utilization of streams that
// report expenditure, and how many partnerships were awarded money from two or more distinct streams (an
// award counts in its own fiscal year, else its stream's).
CALL () {
  MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)
  WHERE s.expended IS NOT NULL
    AND ($fiscal_year IS NULL OR s.fiscal_year = $fiscal_year)
    AND ($agency_ids IS NULL OR a.id IN $agency_ids)
    AND ($sector_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Sector) } OR EXISTS { (s)-[:SCOPED_TO]->(:Sector {id: $sector_id}) })
    AND ($region_id IS NULL OR NOT EXISTS { (s)-[:SCOPED_TO]->(:Region) } OR EXISTS { (s)-[:SCOPED_TO]->(:Region {id: $region_id}) })
  RETURN sum(s.expended) AS expended, sum(s.amount) AS reported_amount, count(s) AS reporting_streams
}
CALL () {
  MATCH (p:Partnership)
  WHERE ($region_id IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region_id}) })
    AND ($sector_id IS NULL OR EXISTS { (p)-[:FOCUSES_ON]->(:Sector {id: $sector_id}) })
  OPTIONAL MATCH (s:FundingStream)-[award:AWARDED]->(p)
  WHERE ($fiscal_year IS NULL OR coalesce(award.fiscal_year, s.fiscal_year) = $fiscal_year)
    AND ($agency_ids IS NULL OR EXISTS { (s)<-[:ADMINISTERS]-(a:Agency) WHERE a.id IN $agency_ids })
  WITH p, count(DISTINCT s) AS streams
  RETURN count(p) AS partnerships, count(CASE WHEN streams >= 2 THEN 1 END) AS braided
}
RETURN expended, reported_amount, reporting_streams, partnerships, braided
