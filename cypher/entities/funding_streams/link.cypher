// Re-links the given streams: administering agency, objectives, scope, who is served (SERVES), what the money
// buys (PROVIDES) and the upstream stream that feeds them.
UNWIND $rows AS row
MATCH (n:FundingStream {id: row.id})
CALL (n) {
  OPTIONAL MATCH (n)-[old:SUPPORTS|SCOPED_TO|SERVES|PROVIDES]->()
  DELETE old
}
CALL (n) {
  OPTIONAL MATCH (n)<-[old:ADMINISTERS|PASSES_THROUGH]-()
  DELETE old
}
CALL (n, row) {
  MATCH (agency:Agency {id: row.agency_id})
  CREATE (agency)-[:ADMINISTERS]->(n)
}
CALL (n, row) {
  UNWIND row.objective_ids AS objectiveId
  MATCH (o:Objective {id: objectiveId})
  CREATE (n)-[:SUPPORTS]->(o)
}
CALL (n, row) {
  UNWIND row.sector_ids AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (n)-[:SCOPED_TO]->(s)
}
CALL (n, row) {
  UNWIND row.region_ids AS regionId
  MATCH (r:Region {id: regionId})
  CREATE (n)-[:SCOPED_TO]->(r)
}
CALL (n, row) {
  UNWIND row.beneficiary_ids AS beneficiaryId
  MATCH (b:Beneficiary {id: beneficiaryId})
  CREATE (n)-[:SERVES]->(b)
}
CALL (n, row) {
  UNWIND row.activity_ids AS activityId
  MATCH (a:Activity {id: activityId})
  CREATE (n)-[:PROVIDES]->(a)
}
CALL (n, row) {
  MATCH (upstream:FundingStream {id: row.passes_through_id})
  CREATE (upstream)-[:PASSES_THROUGH]->(n)
}
