MATCH (s:Story {id: $id})
RETURN s {.*} AS story
