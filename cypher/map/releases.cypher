// The releases of one fiscal year: those drawing on its streams, and those with no stream that open in the
// state fiscal year ($yearStart..$yearEnd, ISO dates compare as text).
MATCH (r:Release)
OPTIONAL MATCH (r)-[:DRAWS_ON]->(s:FundingStream)
WITH r, s
WHERE (s IS NOT NULL AND s.fiscal_year = $fiscalYear)
   OR (s IS NULL AND r.opens >= $yearStart AND r.opens <= $yearEnd)
OPTIONAL MATCH (agency:Agency)-[:ISSUES]->(r)
OPTIONAL MATCH (agency)-[:PART_OF*0..10]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->(:Agency)
WITH r, s, agency, head(collect(top.id)) AS department
RETURN r {
  .id, .title, .opens, .closes, .amount,
  .source_url, .as_of,
  stream_id: s.id,
  source: s.source,
  agency_id: agency.id,
  department_id: coalesce(department, agency.id)
} AS node
ORDER BY r.id
