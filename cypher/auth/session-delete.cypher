MATCH (s:Session {hash: $hash})
DELETE s
RETURN count(*) AS ended
