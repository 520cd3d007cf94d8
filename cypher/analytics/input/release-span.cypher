// The days the releases of $fiscal_year are open, first to last: releases of other years can compete with
// them only inside this span. A release belongs to its stream's fiscal year, else to the state fiscal year
// holding `opens` (FY N: July 1 of N-1 to June 30 of N); both halves are found through indexes.
CALL () {
  MATCH (s:FundingStream {fiscal_year: $fiscal_year})<-[:DRAWS_ON]-(r:Release)
  RETURN r
  UNION
  MATCH (r:Release)
  WHERE r.opens >= toString($fiscal_year - 1) + '-07-01' AND r.opens <= toString($fiscal_year) + '-06-30'
    AND NOT EXISTS { (r)-[:DRAWS_ON]->(:FundingStream) }
  RETURN r
}
RETURN min(r.opens) AS from, max(r.closes) AS to
