// Every stream's upstream stream: an upsert's pass-throughs are laid over these to find a cycle through the map.
MATCH (upstream:FundingStream)-[:PASSES_THROUGH]->(n:FundingStream)
RETURN n.id AS id, upstream.id AS parent_id
