MATCH (n:Solution)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n {
  .*,
  objective_ids: COLLECT { MATCH (n)-[:ADVANCES]->(o:Objective) RETURN o.id ORDER BY o.id }
} AS row
ORDER BY n.id
