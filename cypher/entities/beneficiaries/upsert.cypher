UNWIND $rows AS row
MERGE (n:Beneficiary {id: row.id})
SET n = row.props
