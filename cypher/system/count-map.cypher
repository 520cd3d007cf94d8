// How big the funding map is; an empty map is what `npm start` seeds.
MATCH (n)
WHERE n:Agency OR n:FundingStream OR n:Objective OR n:Release OR n:Partnership
RETURN count(n) AS nodes
