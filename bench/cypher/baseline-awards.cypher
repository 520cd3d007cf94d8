// Baseline: every award, read once.
MATCH (s:FundingStream)-[w:AWARDED]->(p:Partnership)
RETURN s.id AS stream_id, p.id AS partnership_id, w.amount AS amount, w.fiscal_year AS fiscal_year
