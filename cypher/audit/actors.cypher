// Everyone who has written something, for the History view's filter.
MATCH (a:AuditEntry)
RETURN DISTINCT a.actor_id AS id, a.actor_label AS label, a.actor_kind AS kind
ORDER BY label
