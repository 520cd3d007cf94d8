// The saved map views a story's steps name that do not exist.
UNWIND $ids AS id
OPTIONAL MATCH (v:SavedMapView {id: id})
WITH id, v
WHERE v IS NULL
RETURN collect(id) AS missing
