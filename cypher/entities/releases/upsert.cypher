UNWIND $rows AS row
MERGE (n:Release {id: row.id})
SET n = row.props
