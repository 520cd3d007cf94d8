// Rows that refer to this region and would be left dangling by deleting it.
MATCH (n:Region {id: $id})<-[:SCOPED_TO|IN_REGION]-(m)
RETURN CASE WHEN m:FundingStream THEN 'funding_streams' WHEN m:Partnership THEN 'partnerships' ELSE 'releases' END AS entity, m.id AS id
ORDER BY entity, id
LIMIT $limit
