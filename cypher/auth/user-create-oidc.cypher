// A person created at their first single sign-on; fails on the email constraint when one already has that email.
CREATE (u:User {id: $id, email: $email, role: $role, passwordHash: null, oidcIssuer: $issuer, oidcSubject: $subject,
                createdAt: datetime(), createdBy: $actor})
RETURN u.id AS id
