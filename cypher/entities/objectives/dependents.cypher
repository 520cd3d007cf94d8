// Rows that refer to this objective and would be left dangling by deleting it.
MATCH (n:Objective {id: $id})<-[:SUPPORTS|ADVANCES|TARGETS]-(m)
RETURN CASE WHEN m:FundingStream THEN 'funding_streams' WHEN m:Solution THEN 'solutions' ELSE 'releases' END AS entity, m.id AS id
ORDER BY entity, id
LIMIT $limit
