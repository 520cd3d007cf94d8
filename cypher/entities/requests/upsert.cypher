UNWIND $rows AS row
MATCH (p:Partnership {id: row.partnership_id}), (s:Solution {id: row.solution_id})
MERGE (p)-[r:REQUESTS]->(s)
SET r = row.props
