// Which synthetic map the bench database holds, if any.
OPTIONAL MATCH (d:BenchDataset {id: 'synthetic'})
RETURN d.label AS label
