// Marks change-sets as undone by the undo change-set $undone_by.
UNWIND $ids AS id
MATCH (c:ChangeSet {id: id})
SET c.undone_by = $undone_by, c.undone_at = $at
