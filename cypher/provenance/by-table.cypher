// Where each table's rows come from, for the provenance of every analytic figure: rows, the latest as_of, how
// many cite a source_url and the web sites cited most. Node labels, and the two tables that are relationships.
CALL () {
  MATCH (n)
  RETURN labels(n)[0] AS label, n.as_of AS as_of, n.source_url AS url
  UNION ALL
  MATCH ()-[r:REQUESTS|AWARDED]->()
  RETURN type(r) AS label, r.as_of AS as_of, r.source_url AS url
}
WITH label, as_of, url, split(split(url, '://')[-1], '/')[0] AS host
WITH label, CASE WHEN host STARTS WITH 'www.' THEN substring(host, 4) ELSE host END AS site,
  count(*) AS rows, max(as_of) AS latest, count(url) AS sourced
ORDER BY label, sourced DESC, site
WITH label, sum(rows) AS rows, max(latest) AS latest, sum(sourced) AS sourced,
  [site IN collect(site) WHERE site IS NOT NULL AND site <> ''][0..3] AS sites
RETURN label, rows, latest, sourced, sites
ORDER BY label
