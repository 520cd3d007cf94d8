MATCH (r:Region)
RETURN r { .id, .name } AS node
ORDER BY r.id
