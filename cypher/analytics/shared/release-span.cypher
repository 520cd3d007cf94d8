// The days the releases of $fiscal_year are open, first to last: releases of other years can compete with
// them only inside this span. A release belongs to its stream's fiscal year, else to the state fiscal year
// holding `opens` (FY N: July 1 of N-1 to June 30 of N); both halves are found through indexes. The year may
// arrive as a float (2025.0): toInteger keeps the dates "2024-07-01", not "2024.0-07-01".
CALL () {
  MATCH (s:FundingStream {fiscal_year: $fiscal_year})<-[:DRAWS_ON]-(r:Release)
  RETURN r
  UNION
  MATCH (r:Release)
  WHERE r.opens >= toString(toInteger($fiscal_year) - 1) + '-07-01' AND r.opens <= toString(toInteger($fiscal_year)) + '-06-30'
    AND NOT EXISTS { (r)-[:DRAWS_ON]->(:FundingStream) }
  RETURN r
}
RETURN min(r.opens) AS from, max(r.closes) AS to
