MATCH (t:ApiToken {hash: $hash})
MATCH (u:User {id: t.userId}) WHERE NOT coalesce(u.disabled, false)
FOREACH (_ IN CASE WHEN t.lastUsedAt IS NULL OR t.lastUsedAt + duration({minutes: 1}) < datetime() THEN [1] ELSE [] END |
  SET t.lastUsedAt = datetime())
RETURN t.id AS id, t.name AS name, u.id AS userId, u.email AS email, u.role AS role
