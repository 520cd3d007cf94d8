// One partnership with its region and sectors (names included), for matching.
MATCH (p:Partnership {id: $partnership_id})
OPTIONAL MATCH (p)-[:IN_REGION]->(region:Region)
RETURN
  p {.id, .name} AS partnership,
  region {.id, .name} AS region,
  COLLECT { MATCH (p)-[:FOCUSES_ON]->(s:Sector) RETURN s {.id, .name} ORDER BY s.id } AS sectors,
  p.applicant_type AS applicant_type
