// A one-time link works once: it is deleted as it is used, and only while it has not expired.
MATCH (l:SignInLink {hash: $hash})
WITH l, l.expiresAt > datetime() AS valid, l.userId AS userId
DELETE l
WITH valid, userId WHERE valid
MATCH (u:User {id: userId}) WHERE NOT coalesce(u.disabled, false)
RETURN u.id AS id, u.email AS email, u.role AS role
