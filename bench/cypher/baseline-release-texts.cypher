// Baseline: every release's title, description and applicant types, read once (what competing releases compare).
MATCH (r:Release)
RETURN r.id AS id, r.title AS title, r.description AS description, r.eligible_applicants AS applicants
