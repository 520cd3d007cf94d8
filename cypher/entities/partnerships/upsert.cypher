UNWIND $rows AS row
MERGE (n:Partnership {id: row.id})
SET n = row.props
