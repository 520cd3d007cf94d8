UNWIND $rows AS row
MATCH (f:FundingStream {id: row.stream_id}), (p:Partnership {id: row.partnership_id})
MERGE (f)-[r:AWARDED {key: row.key}]->(p)
SET r = row.props, r.key = row.key
