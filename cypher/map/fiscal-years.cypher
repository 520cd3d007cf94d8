// Fiscal years with data: those of streams, and the months in which releases without a stream open (the
// repository names their fiscal years with server/domain/fiscal-year.ts, where the rule is defined once).
CALL () {
  MATCH (s:FundingStream)
  WHERE s.fiscal_year IS NOT NULL
  RETURN s.fiscal_year AS year, null AS month, 1 AS streams, 0 AS releases
  UNION ALL
  MATCH (r:Release)
  WHERE NOT (r)-[:DRAWS_ON]->(:FundingStream) AND r.opens IS NOT NULL
  RETURN null AS year, substring(r.opens, 0, 7) AS month, 0 AS streams, 1 AS releases
}
RETURN year, month, sum(streams) AS streams, sum(releases) AS releases
