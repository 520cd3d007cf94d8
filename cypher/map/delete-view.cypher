MATCH (v:SavedMapView {id: $id})
DELETE v
RETURN count(v) AS deleted
