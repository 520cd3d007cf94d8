// Change-sets newest first, without their rows; $kind null lists every kind.
MATCH (c:ChangeSet)
WHERE $kind IS NULL OR c.kind = $kind
WITH c
ORDER BY c.seq DESC
WITH collect(c) AS sets
RETURN
  size(sets) AS total,
  [c IN sets[$offset..($offset + $limit)] |
    c {.id, .seq, .at, .kind, .action, .actor_id, .actor_kind, .actor_label, .counts, .undoes, .undone_by, .undone_at}
  ] AS items
