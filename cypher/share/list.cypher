// Every share link, newest first, for admins.
MATCH (link:ShareLink)
RETURN link {.*} AS link
ORDER BY link.created_at DESC
