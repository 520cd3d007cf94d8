// Re-links the given solutions to the objectives they advance.
UNWIND $rows AS row
MATCH (n:Solution {id: row.id})
CALL (n) {
  OPTIONAL MATCH (n)-[old:ADVANCES]->()
  DELETE old
}
CALL (n, row) {
  UNWIND row.objective_ids AS objectiveId
  MATCH (o:Objective {id: objectiveId})
  CREATE (n)-[:ADVANCES]->(o)
}
