MATCH (n:Activity {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
