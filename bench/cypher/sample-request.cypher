// A request of the fiscal year to match and braid: the partnership with the most requests, its first one.
MATCH (p:Partnership)-[q:REQUESTS]->(x:Solution)
WHERE q.year IS NULL OR q.year = $fiscal_year
WITH p, collect(x.id) AS solutions
ORDER BY size(solutions) DESC, p.id
LIMIT 1
RETURN p.id AS partnership_id, solutions[0] AS solution_id
