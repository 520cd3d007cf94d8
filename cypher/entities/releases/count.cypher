// How many rows of the table list.cypher would page through: the same $filters and $q, counted.
MATCH (n:Release)
OPTIONAL MATCH (agency:Agency)-[:ISSUES]->(n)
OPTIONAL MATCH (n)-[:DRAWS_ON]->(stream:FundingStream)
WITH n, agency.id AS agency_id, stream.id AS stream_id
// Unfiltered, nothing is built: the rows are only counted.
WITH n, agency_id, stream_id, CASE WHEN $filters = [] AND $q IS NULL THEN null ELSE n {.*, agency_id, stream_id} END AS base
WHERE base IS NULL OR (all(f IN $filters WHERE
    CASE
      WHEN NOT f.list THEN base[f.column] IS NOT NULL AND
        CASE WHEN base[f.column] IS :: FLOAT AND base[f.column] = round(base[f.column])
          THEN toString(toInteger(base[f.column])) ELSE toString(base[f.column]) END = f.value
      ELSE CASE f.column
      WHEN 'objective_ids' THEN EXISTS { (n)-[:TARGETS]->(:Objective {id: f.value}) }
      WHEN 'sector_ids' THEN EXISTS { (n)-[:SCOPED_TO]->(:Sector {id: f.value}) }
      WHEN 'region_ids' THEN EXISTS { (n)-[:SCOPED_TO]->(:Region {id: f.value}) }
      WHEN 'beneficiary_ids' THEN EXISTS { (n)-[:SERVES]->(:Beneficiary {id: f.value}) }
      WHEN 'activity_ids' THEN EXISTS { (n)-[:PROVIDES]->(:Activity {id: f.value}) }
      ELSE f.value IN [x IN coalesce(base[f.column], []) | toString(x)]
    END
    END)
  AND ($q IS NULL OR toLower(substring(reduce(text = '', part IN
    [base.id, base.name, base.title, base.partnership_id, base.solution_id, base.stream_id] |
    CASE WHEN part IS NULL OR part = '' THEN text ELSE text + ' ' + part END), 1)) CONTAINS $q))
RETURN count(*) AS total
