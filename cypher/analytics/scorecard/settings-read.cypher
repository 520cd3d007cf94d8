// The saved scorecard settings: one node per indicator, in display order (none saved: no rows).
MATCH (:ScorecardSettings {id: 'default'})-[:CONFIGURES]->(i:ScorecardIndicator)
RETURN i.id AS id, i.visible AS visible, i.target AS target
ORDER BY i.position
