// Awards are keyed by stream_id|partnership_id|fiscal_year|release_id (stored as r.key); $keys null = all.
MATCH (f:FundingStream)-[r:AWARDED]->(p:Partnership)
WHERE $keys IS NULL OR r.key IN $keys
RETURN r {.*, stream_id: f.id, partnership_id: p.id} AS row
ORDER BY f.id, p.id, r.fiscal_year, r.release_id
