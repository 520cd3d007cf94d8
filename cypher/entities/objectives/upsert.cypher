UNWIND $rows AS row
MERGE (n:Objective {id: row.id})
SET n = row.props
