// The one node every write transaction locks first (system/lock-map), so writes to the map serialize.
CREATE CONSTRAINT map_lock_id IF NOT EXISTS FOR (n:MapLock) REQUIRE n.id IS UNIQUE;
