MATCH (n:Release {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
