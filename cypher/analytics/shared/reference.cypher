// The map's small reference tables in one read: agencies with their parent (departments are worked out from
// them), objectives, sectors, regions, solutions with their objectives, and the default fiscal year (the latest of any funding stream; of any
// release when there are no streams).
CALL () {
  MATCH (s:FundingStream)
  RETURN max(s.fiscal_year) AS stream_year
}
CALL (stream_year) {
  WITH stream_year
  WHERE stream_year IS NULL
  MATCH (r:Release)
  RETURN max(toInteger(substring(r.opens, 0, 4)) + CASE WHEN substring(r.opens, 5, 2) >= '07' THEN 1 ELSE 0 END) AS release_year
}
RETURN
  coalesce(stream_year, release_year) AS latest_fiscal_year,
  COLLECT {
    MATCH (a:Agency)
    OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agency)
    RETURN a {.id, .name, .acronym, parent_id: parent.id}
  } AS agencies,
  COLLECT { MATCH (o:Objective) RETURN o {.id, .name, .category} } AS objectives,
  COLLECT { MATCH (s:Sector) RETURN s {.id, .name} } AS sectors,
  COLLECT { MATCH (r:Region) RETURN r {.id, .name} } AS regions,
  COLLECT {
    MATCH (x:Solution)
    RETURN x {.id, .name, .category, objective_ids: COLLECT { MATCH (x)-[:ADVANCES]->(o:Objective) RETURN o.id ORDER BY o.id }}
  } AS solutions
