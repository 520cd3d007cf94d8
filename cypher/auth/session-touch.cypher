// The session's person, if the session is within both its idle and its absolute timeout; lastSeenAt moves
// forward at most once a minute so that reads do not each write.
MATCH (s:Session {hash: $hash})
WHERE s.expiresAt > datetime() AND s.lastSeenAt + duration({minutes: $idleMinutes}) > datetime()
MATCH (u:User {id: s.userId}) WHERE NOT coalesce(u.disabled, false)
FOREACH (_ IN CASE WHEN s.lastSeenAt + duration({minutes: 1}) < datetime() THEN [1] ELSE [] END |
  SET s.lastSeenAt = datetime())
RETURN u.id AS id, u.email AS email, u.role AS role, s.via AS via
