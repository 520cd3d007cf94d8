MATCH (n:Agency {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
