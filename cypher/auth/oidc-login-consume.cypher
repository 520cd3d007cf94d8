// A sign-in in progress is used once: deleted as the provider's answer comes back, valid only before expiry.
MATCH (l:OidcLogin {hash: $hash})
WITH l, l.expiresAt > datetime() AS valid, l.state AS state, l.nonce AS nonce, l.verifier AS verifier
DELETE l
WITH valid, state, nonce, verifier WHERE valid
RETURN state, nonce, verifier
