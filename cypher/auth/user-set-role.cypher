MATCH (u:User {id: $id})
SET u.role = $role
RETURN u.id AS id, u.email AS email, u.role AS role, toString(u.createdAt) AS createdAt,
       u.passwordHash IS NOT NULL AS hasPassword, coalesce(u.disabled, false) AS disabled,
       u.oidcSubject IS NOT NULL AS singleSignOn
