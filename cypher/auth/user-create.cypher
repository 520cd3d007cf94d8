// A new person; fails on the email constraint when one already has that email.
CREATE (u:User {id: $id, email: $email, role: $role, passwordHash: $passwordHash, createdAt: datetime(), createdBy: $actor})
RETURN u.id AS id, u.email AS email, u.role AS role, toString(u.createdAt) AS createdAt, u.passwordHash IS NOT NULL AS hasPassword, coalesce(u.disabled, false) AS disabled,
       u.oidcSubject IS NOT NULL AS singleSignOn
