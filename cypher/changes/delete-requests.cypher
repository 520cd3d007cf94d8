// Deletes requests by their natural key ($keys: {partnership_id, solution_id}).
UNWIND $keys AS key
MATCH (:Partnership {id: key.partnership_id})-[r:REQUESTS]->(:Solution {id: key.solution_id})
DELETE r
