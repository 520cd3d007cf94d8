// Rows that refer to this solution and would be left dangling by deleting it.
MATCH (n:Solution {id: $id})<-[:REQUESTS]-(p:Partnership)
RETURN 'requests' AS entity, p.id + '|' + n.id AS id
ORDER BY id
LIMIT $limit
