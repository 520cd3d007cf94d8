// Awards that name this release.
MATCH (:FundingStream)-[r:AWARDED]->(:Partnership)
WHERE r.release_id = $id
RETURN 'awards' AS entity, r.key AS id
ORDER BY id
LIMIT $limit
