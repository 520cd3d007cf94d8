// Taken first by every write transaction: the write lock on this node is held until commit, so concurrent
// writes run one after the other and each reads ("already there?", "still referenced?") what the last committed.
MERGE (lock:MapLock {id: 'map'})
SET lock.writes = coalesce(lock.writes, 0) + 1
RETURN lock.writes AS writes
