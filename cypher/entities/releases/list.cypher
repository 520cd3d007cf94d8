// One page of the table's rows, as read.cypher answers them: filtered, searched, sorted and paged here, so only
// the page is projected and sent. $filters: [{column, value, list}] (a list column contains the value, any other
// equals it as text); $q: lower-case text in the id, name or title; $sort: an allowlisted scalar column or null
// (text by lower case; nulls last, first when $descending; ties in key order); $offset and $limit: integers.
MATCH (n:Release)
OPTIONAL MATCH (agency:Agency)-[:ISSUES]->(n)
OPTIONAL MATCH (n)-[:DRAWS_ON]->(stream:FundingStream)
WITH n, agency.id AS agency_id, stream.id AS stream_id
// The unfiltered first page, as a table opens, builds no row but the page's.
WITH n, agency_id, stream_id, CASE WHEN $filters = [] AND $q IS NULL AND $sort IS NULL THEN null ELSE n {.*, agency_id, stream_id} END AS base
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
WITH n, agency_id, stream_id, CASE WHEN $sort IS NULL THEN null WHEN base[$sort] IS :: STRING THEN toLower(base[$sort]) ELSE base[$sort] END AS key, n.id AS tie
ORDER BY
  CASE WHEN $descending THEN null ELSE key END ASC,
  CASE WHEN $descending THEN key END DESC,
  CASE WHEN $descending THEN null ELSE tie END ASC,
  CASE WHEN $descending THEN tie END DESC
SKIP $offset
LIMIT $limit
RETURN n {.*, agency_id, stream_id,
  eligible_applicants: coalesce(n.eligible_applicants, []),
  objective_ids: COLLECT { MATCH (n)-[:TARGETS]->(o:Objective) RETURN o.id ORDER BY o.id },
  sector_ids: COLLECT { MATCH (n)-[:SCOPED_TO]->(s:Sector) RETURN s.id ORDER BY s.id },
  region_ids: COLLECT { MATCH (n)-[:SCOPED_TO]->(r:Region) RETURN r.id ORDER BY r.id },
  beneficiary_ids: COLLECT { MATCH (n)-[:SERVES]->(b:Beneficiary) RETURN b.id ORDER BY b.id },
  activity_ids: COLLECT { MATCH (n)-[:PROVIDES]->(a:Activity) RETURN a.id ORDER BY a.id }
} AS row
