MATCH (s:Story {id: $id})
WITH s, s.name AS name
DELETE s
RETURN count(*) AS deleted, name
