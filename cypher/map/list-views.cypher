// Saved map views, newest first (positions left out: they can be large).
MATCH (v:SavedMapView)
RETURN v { .id, .name, .query, .created_at } AS view
ORDER BY v.created_at DESC
LIMIT 500
