// Baseline: every release with its issuer, window, amount, objectives, scope and stream, read once.
MATCH (a:Agency)-[:ISSUES]->(r:Release)
RETURN
  r.id AS id, a.id AS agency_id, r.opens AS opens, r.closes AS closes, r.amount AS amount,
  COLLECT { MATCH (r)-[:TARGETS|SCOPED_TO|DRAWS_ON]->(x) RETURN x.id } AS links
