// Change-sets after $seq that are still in force, oldest first, with the rows they touched (table:key).
MATCH (c:ChangeSet)
WHERE c.seq > $seq AND c.undone_by IS NULL
RETURN c {.id, .seq, .at, .kind, .action, .actor_label, .touched} AS change
ORDER BY c.seq
