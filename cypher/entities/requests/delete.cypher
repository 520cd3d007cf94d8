MATCH (:Partnership {id: $partnership_id})-[r:REQUESTS]->(:Solution {id: $solution_id})
DELETE r
RETURN count(r) AS deleted
