MATCH (t:ApiToken)
MATCH (u:User {id: t.userId})
WHERE $email IS NULL OR u.email = $email
RETURN t.id AS id, t.name AS name, u.email AS email, toString(t.createdAt) AS createdAt,
       toString(t.lastUsedAt) AS lastUsedAt
ORDER BY u.email, t.createdAt
