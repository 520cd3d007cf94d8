// The date of the data behind a briefing: the latest `as_of` of the year's streams, and of all releases and
// requests (their years are worked out by the analytics, not stored).
RETURN
  COLLECT { MATCH (s:FundingStream {fiscal_year: $fiscal_year}) RETURN max(s.as_of) }[0] AS streams,
  COLLECT { MATCH (r:Release) RETURN max(r.as_of) }[0] AS releases,
  COLLECT { MATCH (:Partnership)-[q:REQUESTS]->(:Solution) RETURN max(q.as_of) }[0] AS requests
