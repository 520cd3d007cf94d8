CREATE (s:Session {hash: $hash, userId: $userId, via: $via, createdAt: datetime(), lastSeenAt: datetime(),
                   expiresAt: datetime() + duration({minutes: $absoluteMinutes})})
RETURN s.hash AS hash
