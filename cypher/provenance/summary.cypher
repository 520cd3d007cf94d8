// Where the map's figures come from, per label: rows, the range of their as_of dates and how many cite a
// source_url. One scan of the nodes; labels that are not tables of the map (views, settings) are dropped.
MATCH (n)
RETURN labels(n)[0] AS label, count(n) AS rows, min(n.as_of) AS earliest, max(n.as_of) AS latest,
  count(n.source_url) AS sourced
ORDER BY label
