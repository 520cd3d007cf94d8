MATCH (u:User {id: $userId})
CREATE (l:SignInLink {hash: $hash, userId: u.id, createdAt: datetime(), expiresAt: datetime() + duration({minutes: $minutes})})
RETURN l.hash AS hash
