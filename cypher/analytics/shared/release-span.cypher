// The days the releases of $fiscal_year are open, first to last: releases of other years can compete with
// them only inside this span. A release belongs to its stream's fiscal year, else to the state fiscal year
// holding `opens`, whose first and last days are $start and $end (server/domain/fiscal-year.ts); both halves
// are found through indexes.
CALL () {
  MATCH (s:FundingStream {fiscal_year: $fiscal_year})<-[:DRAWS_ON]-(r:Release)
  RETURN r
  UNION
  MATCH (r:Release)
  WHERE r.opens >= $start AND r.opens <= $end
    AND NOT EXISTS { (r)-[:DRAWS_ON]->(:FundingStream) }
  RETURN r
}
RETURN min(r.opens) AS from, max(r.closes) AS to
