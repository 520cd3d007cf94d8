// The link a token opens (whatever its state: the caller tells expired and revoked apart).
MATCH (link:ShareLink {token_hash: $token_hash})
RETURN link {.*} AS link
