// The fiscal year before $fiscal_year that has funding streams, if any (what "since last year" compares with).
MATCH (s:FundingStream)
WHERE s.fiscal_year < $fiscal_year
RETURN max(s.fiscal_year) AS year
