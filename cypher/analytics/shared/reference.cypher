// The map's small reference tables in one read: agencies with their parent (departments are worked out from
// them), objectives, sectors, regions, solutions with their objectives, and what the default fiscal year is
// worked out from: the latest of any funding stream; with no streams, the latest day a release opens (the
// repository names its fiscal year with server/domain/fiscal-year.ts).
CALL () {
  MATCH (s:FundingStream)
  RETURN max(s.fiscal_year) AS stream_year
}
CALL (stream_year) {
  WITH stream_year
  WHERE stream_year IS NULL
  MATCH (r:Release)
  RETURN max(r.opens) AS latest_opens
}
RETURN
  stream_year,
  latest_opens,
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
