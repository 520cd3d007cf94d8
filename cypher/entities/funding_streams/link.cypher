// Re-links the given streams: administering agency, objectives, scope and the upstream stream that feeds them.
UNWIND $rows AS row
MATCH (n:FundingStream {id: row.id})
CALL (n) {
  OPTIONAL MATCH (n)-[old:SUPPORTS|SCOPED_TO]->()
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
  MATCH (upstream:FundingStream {id: row.passes_through_id})
  CREATE (upstream)-[:PASSES_THROUGH]->(n)
}
