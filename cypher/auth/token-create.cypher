MATCH (u:User {id: $userId})
CREATE (t:ApiToken {id: $id, hash: $hash, name: $name, userId: u.id, createdAt: datetime(), createdBy: $actor})
RETURN t.id AS id, t.name AS name, u.email AS email, toString(t.createdAt) AS createdAt, null AS lastUsedAt
