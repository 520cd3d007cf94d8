MATCH (v:SavedMapView {id: $id})
RETURN v { .id, .name, .query, .positions, .created_at } AS view
