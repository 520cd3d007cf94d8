MATCH (n:Solution {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
