// Re-links the given releases: issuing agency, the stream they draw on, target objectives, scope, who is served
// (SERVES) and what the money buys (PROVIDES).
UNWIND $rows AS row
MATCH (n:Release {id: row.id})
CALL (n) {
  OPTIONAL MATCH (n)-[old:DRAWS_ON|TARGETS|SCOPED_TO|SERVES|PROVIDES]->()
  DELETE old
}
CALL (n) {
  OPTIONAL MATCH (n)<-[old:ISSUES]-()
  DELETE old
}
CALL (n, row) {
  MATCH (agency:Agency {id: row.agency_id})
  CREATE (agency)-[:ISSUES]->(n)
}
CALL (n, row) {
  MATCH (stream:FundingStream {id: row.stream_id})
  CREATE (n)-[:DRAWS_ON]->(stream)
}
CALL (n, row) {
  UNWIND row.objective_ids AS objectiveId
  MATCH (o:Objective {id: objectiveId})
  CREATE (n)-[:TARGETS]->(o)
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
