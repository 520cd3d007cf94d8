MATCH (:FundingStream)-[r:AWARDED {key: $key}]->(:Partnership)
DELETE r
RETURN count(r) AS deleted
