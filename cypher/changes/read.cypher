// One change-set with its rows.
MATCH (c:ChangeSet {id: $id})
RETURN c {.*} AS change
