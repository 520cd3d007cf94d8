// The stream a draft release would draw on: its name and fiscal year (the release's fiscal year).
MATCH (s:FundingStream {id: $stream_id})
RETURN s.id AS id, s.name AS name, s.fiscal_year AS fiscal_year
