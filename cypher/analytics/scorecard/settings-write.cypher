// Replaces the saved scorecard settings with $indicators ({id, visible, target, position}), in one statement.
MERGE (settings:ScorecardSettings {id: 'default'})
SET settings.updated_at = $updated_at
WITH settings
CALL (settings) {
  OPTIONAL MATCH (settings)-[:CONFIGURES]->(old:ScorecardIndicator)
  DETACH DELETE old
}
WITH settings
UNWIND $indicators AS indicator
CREATE (settings)-[:CONFIGURES]->(:ScorecardIndicator {
  id: indicator.id,
  visible: indicator.visible,
  target: indicator.target,
  position: indicator.position
})
