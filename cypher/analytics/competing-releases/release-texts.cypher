// What the competing-releases classification compares, for the releases whose windows meet [$from, $to]
// (null: all): title, description, the applicant types as written, and the notes (where the importers keep the
// portal's funding source and type).
MATCH (r:Release)
WHERE r.closes >= coalesce($from, '')
  AND r.opens <= coalesce($to, '9999-12-31')
RETURN r.id AS id, r.title AS title, r.description AS description, coalesce(r.eligible_applicants, []) AS applicants,
       r.notes AS notes
