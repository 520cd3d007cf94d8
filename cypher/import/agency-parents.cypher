// Every agency's parent department: an upsert's parents are laid over these to find a cycle through the map.
MATCH (n:Agency)-[:PART_OF]->(parent:Agency)
RETURN n.id AS id, parent.id AS parent_id
