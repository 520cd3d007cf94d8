MATCH (m:SchemaMigration)
RETURN m.id AS id
