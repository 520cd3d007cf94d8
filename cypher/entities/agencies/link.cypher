// Re-links the given agencies to their parent department (PART_OF), replacing what was there.
UNWIND $rows AS row
MATCH (n:Agency {id: row.id})
OPTIONAL MATCH (n)-[old:PART_OF]->()
DELETE old
WITH DISTINCT n, row
WHERE row.parent_id IS NOT NULL
MATCH (parent:Agency {id: row.parent_id})
CREATE (n)-[:PART_OF]->(parent)
