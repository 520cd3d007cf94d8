// Saved map views and scorecard settings are addressed by id too.
CREATE CONSTRAINT saved_map_view_id IF NOT EXISTS FOR (n:SavedMapView) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT scorecard_settings_id IF NOT EXISTS FOR (n:ScorecardSettings) REQUIRE n.id IS UNIQUE;
