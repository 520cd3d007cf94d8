// The releases drawing on the streams in $stream_ids whose window has not closed by $as_of, in the row shape
// of input/releases (reached from the streams, so only their releases are read).
MATCH (s:FundingStream)
WHERE s.id IN $stream_ids
MATCH (issuer:Agency)-[:ISSUES]->(r:Release)-[:DRAWS_ON]->(s)
WHERE r.closes >= $as_of
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
