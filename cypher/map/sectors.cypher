MATCH (s:Sector)
RETURN s { .id, .name } AS node
ORDER BY s.id
