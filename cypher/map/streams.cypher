// The funding streams of one fiscal year, with the administering agency and its department.
MATCH (s:FundingStream {fiscal_year: $fiscalYear})
OPTIONAL MATCH (agency:Agency)-[:ADMINISTERS]->(s)
OPTIONAL MATCH (agency)-[:PART_OF*0..10]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->(:Agency)
WITH s, agency, head(collect(top.id)) AS department
RETURN s {
  .id, .name, .source, .fiscal_year, .amount, .obligated, .expended, .flexibility, .match_percent,
  .assistance_listing, .expires,
  .source_url, .as_of,
  agency_id: agency.id,
  department_id: coalesce(department, agency.id)
} AS node
ORDER BY s.id
