// Failures count within a window; reaching the limit locks the key (an email, known or not) for a while.
MERGE (t:SignInThrottle {key: $key})
ON CREATE SET t.failures = 0, t.windowStart = datetime()
WITH t
SET t.failures = CASE WHEN t.windowStart + duration({minutes: $windowMinutes}) < datetime() THEN 1 ELSE t.failures + 1 END,
    t.windowStart = CASE WHEN t.windowStart + duration({minutes: $windowMinutes}) < datetime() THEN datetime() ELSE t.windowStart END
SET t.lockedUntil = CASE WHEN t.failures >= $limit THEN datetime() + duration({minutes: $lockMinutes}) ELSE t.lockedUntil END
RETURN t.failures AS failures, coalesce(t.lockedUntil > datetime(), false) AS locked
