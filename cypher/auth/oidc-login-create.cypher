// A single sign-on in progress: what the callback must check, for a few minutes. Old ones are cleared here.
CALL () {
  MATCH (old:OidcLogin) WHERE old.expiresAt < datetime()
  DELETE old
}
CREATE (l:OidcLogin {hash: $hash, state: $state, nonce: $nonce, verifier: $verifier,
                     expiresAt: datetime() + duration({minutes: $minutes})})
RETURN l.hash AS hash
