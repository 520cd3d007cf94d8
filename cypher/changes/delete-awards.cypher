// Deletes awards by their stored key (stream_id|partnership_id|fiscal_year|release_id).
UNWIND $keys AS key
MATCH (:FundingStream)-[r:AWARDED {key: key}]->(:Partnership)
DELETE r
