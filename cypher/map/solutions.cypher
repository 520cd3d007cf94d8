MATCH (s:Solution)
RETURN s { .id, .name, .category } AS node
ORDER BY s.id
