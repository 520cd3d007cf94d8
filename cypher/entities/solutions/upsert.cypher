UNWIND $rows AS row
MERGE (n:Solution {id: row.id})
SET n = row.props
