// Every agency, with its department: the top of its PART_OF chain (the agency itself when it has no parent).
MATCH (a:Agency)
OPTIONAL MATCH (a)-[:PART_OF*0..10]->(top:Agency)
WHERE NOT (top)-[:PART_OF]->(:Agency)
WITH a, head(collect(top.id)) AS department
OPTIONAL MATCH (a)-[:PART_OF]->(parent:Agency)
RETURN a {
  .id, .name, .acronym, .level, .kind,
  .source_url, .as_of,
  parent_id: parent.id,
  department_id: coalesce(department, a.id)
} AS node
ORDER BY a.id
