// Fiscal years with data: those of streams, and the state fiscal years (July 1 to June 30, named by the year
// it ends) in which releases without a stream open.
CALL () {
  MATCH (s:FundingStream)
  WHERE s.fiscal_year IS NOT NULL
  RETURN s.fiscal_year AS year, 1 AS streams, 0 AS releases
  UNION ALL
  MATCH (r:Release)
  WHERE NOT (r)-[:DRAWS_ON]->(:FundingStream) AND r.opens IS NOT NULL
  RETURN toInteger(substring(r.opens, 0, 4)) + CASE WHEN substring(r.opens, 5, 2) >= '07' THEN 1 ELSE 0 END AS year,
    0 AS streams, 1 AS releases
}
RETURN year, sum(streams) AS streams, sum(releases) AS releases
ORDER BY year
