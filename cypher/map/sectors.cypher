MATCH (s:Sector)
RETURN s { .id, .name, .source_url, .as_of } AS node
ORDER BY s.id
