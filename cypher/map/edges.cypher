// Every relationship between nodes of one year's map: streams and releases are limited to $streamIds and
// $releaseIds, every other node is on the map. Awards between the same stream and partnership are summed.
MATCH (a)-[r]->(b)
WHERE type(r) IN $types
  AND (NOT a:FundingStream OR a.id IN $streamIds)
  AND (NOT b:FundingStream OR b.id IN $streamIds)
  AND (NOT a:Release OR a.id IN $releaseIds)
  AND (NOT b:Release OR b.id IN $releaseIds)
RETURN
  labels(a)[0] AS sourceLabel,
  a.id AS sourceId,
  labels(b)[0] AS targetLabel,
  b.id AS targetId,
  type(r) AS type,
  count(r) AS count,
  sum(r.amount) AS amount,
  min(r.priority) AS priority,
  sum(r.estimated_cost) AS estimatedCost,
  min(r.year) AS year
ORDER BY type, sourceId, targetId
