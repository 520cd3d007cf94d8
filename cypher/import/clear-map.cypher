// Replace mode: the whole funding map goes, inside the import's transaction. Settings and migrations stay.
MATCH (n)
WHERE n:Agency OR n:Objective OR n:Sector OR n:Region OR n:FundingStream OR n:Partnership OR n:Solution OR n:Release
DETACH DELETE n
