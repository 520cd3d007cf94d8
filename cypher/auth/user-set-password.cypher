MATCH (u:User {id: $id})
SET u.passwordHash = $passwordHash
RETURN u.id AS id
