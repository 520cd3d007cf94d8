// Requests are keyed by partnership_id|solution_id; $keys null = all.
MATCH (p:Partnership)-[r:REQUESTS]->(s:Solution)
WHERE $keys IS NULL OR (p.id + '|' + s.id) IN $keys
RETURN r {.*, partnership_id: p.id, solution_id: s.id} AS row
ORDER BY p.id, s.id
