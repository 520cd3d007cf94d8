// An existing release of the fiscal year to re-check as a draft: the one with the most objectives.
MATCH (a:Agency)-[:ISSUES]->(r:Release)-[:DRAWS_ON]->(s:FundingStream {fiscal_year: $fiscal_year})
WITH a, r, s, COLLECT { MATCH (r)-[:TARGETS]->(o) RETURN o.id } AS objective_ids
ORDER BY size(objective_ids) DESC, r.id
LIMIT 1
RETURN
  r.title AS title, a.id AS agency_id, s.id AS stream_id, r.opens AS opens, r.closes AS closes, r.amount AS amount,
  objective_ids,
  COLLECT { MATCH (r)-[:SCOPED_TO]->(x:Sector) RETURN x.id } AS sector_ids,
  COLLECT { MATCH (r)-[:SCOPED_TO]->(x:Region) RETURN x.id } AS region_ids,
  coalesce(r.eligible_applicants, []) AS eligible_applicants
