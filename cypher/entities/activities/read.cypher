MATCH (n:Activity)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n {.*} AS row
ORDER BY n.id
