// Rows that refer to this partnership and would be left dangling by deleting it. Its own requests go with it.
MATCH (n:Partnership {id: $id})<-[r:AWARDED]-(:FundingStream)
RETURN 'awards' AS entity, r.key AS id
ORDER BY id
LIMIT $limit
