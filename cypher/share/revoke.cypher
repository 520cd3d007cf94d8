// Revokes a link; revoking twice keeps the first time.
MATCH (link:ShareLink {id: $id})
SET link.revoked_at = coalesce(link.revoked_at, $at), link.revoked_by = coalesce(link.revoked_by, $by)
RETURN link {.*} AS link
