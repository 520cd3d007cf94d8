// The last day any release of the map is open: past it, "open or upcoming" relative to today finds nothing.
MATCH (r:Release)
RETURN max(r.closes) AS latest
