// Sessions past either timeout are of no use to anyone; removed at sign-in so the store does not grow.
MATCH (s:Session)
WHERE s.expiresAt <= datetime() OR s.lastSeenAt + duration({minutes: $idleMinutes}) <= datetime()
DELETE s
RETURN count(*) AS removed
