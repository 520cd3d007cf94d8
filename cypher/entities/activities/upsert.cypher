UNWIND $rows AS row
MERGE (n:Activity {id: row.id})
SET n = row.props
