// Every relationship between nodes of one year's map, read from its nodes outward: the relationships of the
// year's streams ($streamIds) and releases ($releaseIds), and those among the nodes every year shares (agencies,
// partnerships, solutions...), none of which touch a stream or release. Other years' streams and releases are
// never expanded. Awards between the same stream and partnership are summed.
CALL () {
  MATCH (s:FundingStream)
  WHERE s.id IN $streamIds
  MATCH (s)-[r]-(other)
  WHERE type(r) IN $types
    // A link between two of the year's streams is met from both ends: kept from its start only.
    AND (NOT other:FundingStream OR (other.id IN $streamIds AND startNode(r) = s))
    AND (NOT other:Release OR other.id IN $releaseIds)
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION ALL
  MATCH (x:Release)
  WHERE x.id IN $releaseIds
  MATCH (x)-[r]-(other)
  WHERE type(r) IN $types
    // Release-stream links were met from the stream.
    AND NOT other:FundingStream
    AND (NOT other:Release OR (other.id IN $releaseIds AND startNode(r) = x))
  RETURN startNode(r) AS a, r, endNode(r) AS b
  UNION ALL
  MATCH (a)-[r:PART_OF|IN_REGION|FOCUSES_ON|REQUESTS|ADVANCES]->(b)
  WHERE type(r) IN $types
    AND NOT a:FundingStream AND NOT a:Release AND NOT b:FundingStream AND NOT b:Release
  RETURN a, r, b
}
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
