// Titles and stream names of the releases in $ids: read only for the releases an analytic shows.
MATCH (r:Release)
WHERE r.id IN $ids
OPTIONAL MATCH (r)-[:DRAWS_ON]->(s:FundingStream)
RETURN r.id AS id, r.title AS title, s.name AS stream_name
