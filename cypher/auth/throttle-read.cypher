MATCH (t:SignInThrottle {key: $key})
RETURN t.failures AS failures, t.lockedUntil > datetime() AS locked,
       toString(t.lockedUntil) AS lockedUntil
