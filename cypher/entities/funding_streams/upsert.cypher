UNWIND $rows AS row
MERGE (n:FundingStream {id: row.id})
SET n = row.props
