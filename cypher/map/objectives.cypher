MATCH (o:Objective)
RETURN o { .id, .name, .category, .source_url, .as_of } AS node
ORDER BY o.id
