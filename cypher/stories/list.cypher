// Every story, last changed first (steps are a JSON string: Neo4j properties cannot hold maps).
MATCH (s:Story)
RETURN s {.*} AS story
ORDER BY s.updated_at DESC
LIMIT 500
