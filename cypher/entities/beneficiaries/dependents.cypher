// Streams and releases that name this beneficiary and would be left without it by deleting it.
MATCH (n:Beneficiary {id: $id})<-[:SERVES]-(m)
RETURN CASE WHEN m:FundingStream THEN 'funding_streams' ELSE 'releases' END AS entity, m.id AS id
ORDER BY entity, id
LIMIT $limit
