MATCH (n:FundingStream)
WHERE $ids IS NULL OR n.id IN $ids
OPTIONAL MATCH (agency:Agency)-[:ADMINISTERS]->(n)
OPTIONAL MATCH (upstream:FundingStream)-[:PASSES_THROUGH]->(n)
RETURN n {
  .*,
  agency_id: agency.id,
  passes_through_id: upstream.id,
  eligible_applicants: coalesce(n.eligible_applicants, []),
  objective_ids: COLLECT { MATCH (n)-[:SUPPORTS]->(o:Objective) RETURN o.id ORDER BY o.id },
  sector_ids: COLLECT { MATCH (n)-[:SCOPED_TO]->(s:Sector) RETURN s.id ORDER BY s.id },
  region_ids: COLLECT { MATCH (n)-[:SCOPED_TO]->(r:Region) RETURN r.id ORDER BY r.id },
  beneficiary_ids: COLLECT { MATCH (n)-[:SERVES]->(b:Beneficiary) RETURN b.id ORDER BY b.id },
  activity_ids: COLLECT { MATCH (n)-[:PROVIDES]->(a:Activity) RETURN a.id ORDER BY a.id }
} AS row
ORDER BY n.id
