MATCH (n:FundingStream {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
