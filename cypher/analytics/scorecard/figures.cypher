// How many partnerships (in $region_id / focusing on $sector_id) were awarded money from two or more distinct
// streams (of $agency_ids: an agency and its divisions); an award counts in its own fiscal year, else its stream's.
MATCH (p:Partnership)
WHERE ($region_id IS NULL OR EXISTS { (p)-[:IN_REGION]->(:Region {id: $region_id}) })
  AND ($sector_id IS NULL OR EXISTS { (p)-[:FOCUSES_ON]->(:Sector {id: $sector_id}) })
OPTIONAL MATCH (s:FundingStream)-[award:AWARDED]->(p)
WHERE ($fiscal_year IS NULL OR coalesce(award.fiscal_year, s.fiscal_year) = $fiscal_year)
  AND ($agency_ids IS NULL OR EXISTS { (s)<-[:ADMINISTERS]-(a:Agency) WHERE a.id IN $agency_ids })
WITH p, count(DISTINCT s) AS streams
RETURN count(p) AS partnerships, count(CASE WHEN streams >= 2 THEN 1 END) AS braided
