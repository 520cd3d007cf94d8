// How many rows of the table list.cypher would page through: the same $filters and $q, counted.
MATCH (n:Sector)
// Unfiltered, nothing is built: the rows are only counted.
WITH n, CASE WHEN $filters = [] AND $q IS NULL THEN null ELSE n {.*} END AS base
WHERE base IS NULL OR (all(f IN $filters WHERE
    CASE
      WHEN NOT f.list THEN base[f.column] IS NOT NULL AND
        CASE WHEN base[f.column] IS :: FLOAT AND base[f.column] = round(base[f.column])
          THEN toString(toInteger(base[f.column])) ELSE toString(base[f.column]) END = f.value
      ELSE f.value IN [x IN coalesce(base[f.column], []) | toString(x)]
    END)
  AND ($q IS NULL OR toLower(substring(reduce(text = '', part IN
    [base.id, base.name, base.title, base.partnership_id, base.solution_id, base.stream_id] |
    CASE WHEN part IS NULL OR part = '' THEN text ELSE text + ' ' + part END), 1)) CONTAINS $q))
RETURN count(*) AS total
