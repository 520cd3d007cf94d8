MATCH (n:Partnership)
WHERE $ids IS NULL OR n.id IN $ids
OPTIONAL MATCH (n)-[:IN_REGION]->(region:Region)
RETURN n {
  .*,
  region_id: region.id,
  sector_ids: COLLECT { MATCH (n)-[:FOCUSES_ON]->(s:Sector) RETURN s.id ORDER BY s.id }
} AS row
ORDER BY n.id
