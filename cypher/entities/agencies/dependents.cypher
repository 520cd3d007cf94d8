// Rows that refer to this agency and would be left dangling by deleting it.
MATCH (n:Agency {id: $id})
CALL (n) {
  MATCH (n)<-[:PART_OF]-(m:Agency) RETURN 'agencies' AS entity, m.id AS id
  UNION
  MATCH (n)-[:ADMINISTERS]->(m:FundingStream) RETURN 'funding_streams' AS entity, m.id AS id
  UNION
  MATCH (n)-[:ISSUES]->(m:Release) RETURN 'releases' AS entity, m.id AS id
}
RETURN entity, id
ORDER BY entity, id
LIMIT $limit
