// Filters the API and the analytics use: streams by fiscal year, releases by application window.
CREATE INDEX funding_stream_fiscal_year IF NOT EXISTS FOR (n:FundingStream) ON (n.fiscal_year);
CREATE INDEX release_opens IF NOT EXISTS FOR (n:Release) ON (n.opens);
CREATE INDEX release_closes IF NOT EXISTS FOR (n:Release) ON (n.closes);
CREATE INDEX awarded_fiscal_year IF NOT EXISTS FOR ()-[r:AWARDED]-() ON (r.fiscal_year);
CREATE INDEX awarded_key IF NOT EXISTS FOR ()-[r:AWARDED]-() ON (r.key);
