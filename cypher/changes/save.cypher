// One change-set: every row a write touched, with its value before and after (JSON), kept so it can be undone.
CREATE (:ChangeSet {
  id: $id,
  seq: $seq,
  at: $at,
  kind: $kind,
  action: $action,
  actor_id: $actor_id,
  actor_kind: $actor_kind,
  actor_label: $actor_label,
  counts: $counts,
  rows: $rows,
  touched: $touched,
  undoes: $undoes
})
