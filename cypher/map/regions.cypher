MATCH (r:Region)
RETURN r { .id, .name, .source_url, .as_of } AS node
ORDER BY r.id
