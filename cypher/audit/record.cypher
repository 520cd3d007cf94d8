// One audit entry, written inside the transaction of the write it records (so neither exists without the other).
CREATE (:AuditEntry {
  id: $id,
  at: $at,
  actor_id: $actor_id,
  actor_kind: $actor_kind,
  actor_label: $actor_label,
  action: $action,
  tables: $tables,
  keys: $keys,
  key_count: $key_count,
  counts: $counts,
  fields: $fields,
  change_set_id: $change_set_id,
  detail: $detail
})
