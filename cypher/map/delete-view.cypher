MATCH (v:SavedMapView {id: $id})
WITH v, v.name AS name
DELETE v
RETURN count(*) AS deleted, name
