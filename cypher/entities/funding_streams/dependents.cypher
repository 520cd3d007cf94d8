// Rows that refer to this stream and would be left dangling by deleting it.
MATCH (n:FundingStream {id: $id})
CALL (n) {
  MATCH (n)-[:PASSES_THROUGH]->(m:FundingStream) RETURN 'funding_streams' AS entity, m.id AS id
  UNION
  MATCH (n)<-[:DRAWS_ON]-(m:Release) RETURN 'releases' AS entity, m.id AS id
  UNION
  MATCH (n)-[r:AWARDED]->(:Partnership) RETURN 'awards' AS entity, r.key AS id
}
RETURN entity, id
ORDER BY entity, id
LIMIT $limit
