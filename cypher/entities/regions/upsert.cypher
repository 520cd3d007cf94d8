UNWIND $rows AS row
MERGE (n:Region {id: row.id})
SET n = row.props
