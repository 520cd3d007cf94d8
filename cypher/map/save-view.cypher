// A saved map view: its URL query (filters, styling, layout, selection) and, optionally, node positions as JSON.
CREATE (v:SavedMapView {id: $id, name: $name, query: $query, positions: $positions, created_at: $createdAt})
RETURN v { .id, .name, .query, .created_at } AS view
