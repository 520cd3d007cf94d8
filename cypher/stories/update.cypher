// Replaces a story's name and steps (reordering, captions, added and removed steps are all one write).
MATCH (s:Story {id: $id})
SET s.name = $name, s.steps = $steps, s.updated_at = $at, s.updated_by = $by
RETURN s {.*} AS story
