// Records which synthetic map the bench database holds, so the next run can skip loading it.
MERGE (d:BenchDataset {id: 'synthetic'})
SET d.label = $label
