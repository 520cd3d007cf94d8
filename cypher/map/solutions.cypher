MATCH (s:Solution)
RETURN s { .id, .name, .category, .source_url, .as_of } AS node
ORDER BY s.id
