// How many of the map's releases target each objective, and how many releases the map has: the specificity
// of an objective (docs/analytics.md).
CALL () {
  MATCH (r:Release)
  RETURN count(r) AS releases
}
CALL () {
  MATCH (o:Objective)<-[:TARGETS]-(:Release)
  WITH o.id AS id, count(*) AS releases
  RETURN collect({ id: id, releases: releases }) AS targeting
}
RETURN releases, targeting
