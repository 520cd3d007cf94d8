// One page of the table's rows, as read.cypher answers them: filtered, searched, sorted and paged here, so only
// the page is projected and sent. $filters: [{column, value, list}] (a list column contains the value, any other
// equals it as text); $q: lower-case text in the id, name or title; $sort: an allowlisted scalar column or null
// (text by lower case; nulls last, first when $descending; ties in key order); $offset and $limit: integers.
MATCH (n:Region)
// The unfiltered first page, as a table opens, builds no row but the page's.
WITH n, CASE WHEN $filters = [] AND $q IS NULL AND $sort IS NULL THEN null ELSE n {.*} END AS base
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
WITH n, CASE WHEN $sort IS NULL THEN null WHEN base[$sort] IS :: STRING THEN toLower(base[$sort]) ELSE base[$sort] END AS key, n.id AS tie
ORDER BY
  CASE WHEN $descending THEN null ELSE key END ASC,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE tie END ASC,
  CASE WHEN $descending THEN tie END DESC
SKIP $offset
LIMIT $limit
RETURN n {.*} AS row
