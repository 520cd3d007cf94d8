// A guided story; its steps, in order, as one JSON string.
CREATE (s:Story {
  id: $id,
  name: $name,
  steps: $steps,
  created_at: $at,
  created_by: $by,
  updated_at: $at,
  updated_by: $by
})
RETURN s {.*} AS story
