MATCH (n:Region {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
