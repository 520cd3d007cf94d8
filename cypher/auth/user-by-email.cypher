MATCH (u:User {email: $email})
RETURN u.id AS id, u.email AS email, u.role AS role, toString(u.createdAt) AS createdAt,
       u.passwordHash IS NOT NULL AS hasPassword, u.passwordHash AS passwordHash
