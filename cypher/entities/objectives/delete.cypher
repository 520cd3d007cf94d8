MATCH (n:Objective {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
