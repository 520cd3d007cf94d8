// Releases as flat rows: the window, amount, the issuer's id, and one list `links` naming what the release
// points to, each entry a kind and an id ('o|' objective, 's|' sector, 'r|' region, 'f|<id>|<fiscal year>' the
// stream): one expansion per release instead of four, which keeps this read close to a bare scan. Titles
// and stream names are read for the releases shown (release-names). Optional selections (null: all):
// windows meeting [$from, $to]; releases targeting one of $objective_ids.
MATCH (issuer:Agency)-[:ISSUES]->(r:Release)
WHERE r.closes >= coalesce($from, '')
  AND r.opens <= coalesce($to, '9999-12-31')
  AND ($objective_ids IS NULL OR EXISTS { (r)-[:TARGETS]->(o:Objective) WHERE o.id IN $objective_ids })
RETURN
  r.id AS id,
  issuer.id AS agency_id,
  r.opens AS opens,
  r.closes AS closes,
  r.amount AS amount,
  COLLECT {
    MATCH (r)-[:TARGETS|SCOPED_TO|DRAWS_ON]->(x)
    RETURN CASE
      WHEN x:Objective THEN 'o|' + x.id
      WHEN x:Sector THEN 's|' + x.id
      WHEN x:Region THEN 'r|' + x.id
      ELSE 'f|' + x.id + '|' + toString(x.fiscal_year)
    END
  } AS links
