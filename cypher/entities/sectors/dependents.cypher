// Rows that refer to this sector and would be left dangling by deleting it.
MATCH (n:Sector {id: $id})<-[:SCOPED_TO|FOCUSES_ON]-(m)
RETURN CASE WHEN m:FundingStream THEN 'funding_streams' WHEN m:Partnership THEN 'partnerships' ELSE 'releases' END AS entity, m.id AS id
ORDER BY entity, id
LIMIT $limit
