// Audit entries, newest first, filtered by actor (id or label), table and an inclusive time range; one page.
MATCH (a:AuditEntry)
WHERE ($actor IS NULL OR a.actor_id = $actor OR a.actor_label = $actor)
  AND ($table IS NULL OR $table IN a.tables)
  AND ($from IS NULL OR a.at >= $from)
  AND ($to IS NULL OR a.at <= $to)
WITH a
ORDER BY a.at DESC, a.id DESC
WITH collect(a) AS entries
RETURN size(entries) AS total, [entry IN entries[$offset..($offset + $limit)] | entry {.*}] AS items
