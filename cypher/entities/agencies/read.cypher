MATCH (n:Agency)
WHERE $ids IS NULL OR n.id IN $ids
OPTIONAL MATCH (n)-[:PART_OF]->(parent:Agency)
RETURN n {.*, parent_id: parent.id} AS row
ORDER BY n.id
