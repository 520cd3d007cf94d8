UNWIND $rows AS row
MERGE (n:Agency {id: row.id})
SET n = row.props
