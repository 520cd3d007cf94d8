// Streams and releases that name this activity and would be left without it by deleting it.
MATCH (n:Activity {id: $id})<-[:PROVIDES]-(m)
RETURN CASE WHEN m:FundingStream THEN 'funding_streams' ELSE 'releases' END AS entity, m.id AS id
ORDER BY entity, id
LIMIT $limit
