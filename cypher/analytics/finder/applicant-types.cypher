// Every applicant type the map names, as written: streams' and releases' eligible applicants and
// partnerships' own types (server/domain/applicant-type.ts merges spellings of one type).
CALL () {
  MATCH (s:FundingStream)
  UNWIND coalesce(s.eligible_applicants, []) AS label
  RETURN label
  UNION
  MATCH (r:Release)
  UNWIND coalesce(r.eligible_applicants, []) AS label
  RETURN label
  UNION
  MATCH (p:Partnership)
  WHERE p.applicant_type IS NOT NULL
  RETURN p.applicant_type AS label
}
RETURN label
ORDER BY label
