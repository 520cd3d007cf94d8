MATCH (n:Partnership {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
