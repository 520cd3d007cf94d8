// The names of beneficiaries and activities (small tables), for the review to name what is shared.
RETURN
  COLLECT { MATCH (b:Beneficiary) RETURN b {.id, .name} } AS beneficiaries,
  COLLECT { MATCH (a:Activity) RETURN a {.id, .name} } AS activities
