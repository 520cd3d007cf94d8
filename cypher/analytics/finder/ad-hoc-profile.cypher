// The region, sectors, solutions (with their objectives) and objectives named by an ad-hoc match, as found.
RETURN
  COLLECT { MATCH (r:Region {id: $region_id}) RETURN r {.id, .name} } AS regions,
  COLLECT { MATCH (s:Sector) WHERE s.id IN $sector_ids RETURN s {.id, .name} ORDER BY s.id } AS sectors,
  COLLECT {
    MATCH (x:Solution)
    WHERE x.id IN $solution_ids
    RETURN x {.id, .name, .category, objectives: COLLECT { MATCH (x)-[:ADVANCES]->(o:Objective) RETURN o {.id, .name} ORDER BY o.id }}
    ORDER BY x.id
  } AS solutions,
  COLLECT { MATCH (o:Objective) WHERE o.id IN $objective_ids RETURN o {.id, .name} ORDER BY o.id } AS objectives
