UNWIND $rows AS row
MERGE (n:Sector {id: row.id})
SET n = row.props
