MATCH (n:Sector {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
