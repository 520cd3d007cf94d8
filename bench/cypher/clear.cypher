// Empties the bench database (never the app's: the bench has its own Neo4j), in batches.
MATCH (n)
WHERE NOT n:SchemaMigration
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS
