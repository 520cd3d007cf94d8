MATCH (o:Objective)
RETURN o { .id, .name, .category } AS node
ORDER BY o.id
