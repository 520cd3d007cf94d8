// What the analytics filter bar offers besides the fiscal years: agencies, sectors and regions by name.
RETURN
  COLLECT { MATCH (a:Agency) WITH a ORDER BY toLower(coalesce(a.name, a.id)), a.id RETURN {id: a.id, name: coalesce(a.name, a.id)} } AS agencies,
  COLLECT { MATCH (s:Sector) WITH s ORDER BY toLower(coalesce(s.name, s.id)), s.id RETURN {id: s.id, name: coalesce(s.name, s.id)} } AS sectors,
  COLLECT { MATCH (r:Region) WITH r ORDER BY toLower(coalesce(r.name, r.id)), r.id RETURN {id: r.id, name: coalesce(r.name, r.id)} } AS regions
