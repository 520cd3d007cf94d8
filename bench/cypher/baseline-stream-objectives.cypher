// Baseline: the fiscal year's (agency, stream, objective) triples, read once.
MATCH (a:Agency)-[:ADMINISTERS]->(s:FundingStream)-[:SUPPORTS]->(o:Objective)
WHERE s.fiscal_year = $fiscal_year
RETURN a.id AS agency_id, s.id AS stream_id, s.amount AS amount, o.id AS objective_id
