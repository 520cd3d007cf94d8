MATCH (t:SignInThrottle {key: $key})
DELETE t
RETURN count(*) AS cleared
