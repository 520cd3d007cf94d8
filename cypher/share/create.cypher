// A read-only link to one view. Only the token's SHA-256 is stored.
CREATE (link:ShareLink {
  id: $id,
  token_hash: $token_hash,
  name: $name,
  view: $view,
  target: $target,
  query: $query,
  created_at: $created_at,
  created_by: $created_by,
  expires_at: $expires_at
})
RETURN link {.*} AS link
