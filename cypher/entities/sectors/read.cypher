MATCH (n:Sector)
WHERE $ids IS NULL OR n.id IN $ids
RETURN n {.*, naics: coalesce(n.naics, [])} AS row
ORDER BY n.id
