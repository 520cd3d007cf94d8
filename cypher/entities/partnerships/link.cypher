// Re-links the given partnerships to their region and sectors.
UNWIND $rows AS row
MATCH (n:Partnership {id: row.id})
CALL (n) {
  OPTIONAL MATCH (n)-[old:IN_REGION|FOCUSES_ON]->()
  DELETE old
}
CALL (n, row) {
  MATCH (r:Region {id: row.region_id})
  CREATE (n)-[:IN_REGION]->(r)
}
CALL (n, row) {
  UNWIND row.sector_ids AS sectorId
  MATCH (s:Sector {id: sectorId})
  CREATE (n)-[:FOCUSES_ON]->(s)
}
