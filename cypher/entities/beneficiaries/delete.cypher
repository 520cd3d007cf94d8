MATCH (n:Beneficiary {id: $id})
DETACH DELETE n
RETURN count(n) AS deleted
