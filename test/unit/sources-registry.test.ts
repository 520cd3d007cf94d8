import { describe, expect, it } from 'vitest';
import { importSources, isImportSourceName } from '../../server/sources/index.js';
import { readObjectiveMapping } from '../../server/sources/read-objective-mapping.js';
import { readSourceFiles } from '../../server/sources/read-source-files.js';
import { realDataDir } from './sources-bundle-checks.js';

describe('source registry', () => {
  it('knows the four public sources by the names the CLI uses', () => {
    expect(Object.keys(importSources)).toEqual(['pa-portal', 'ca-portal', 'fpi', 'grants-gov']);
    expect(isImportSourceName('fpi')).toBe(true);
    expect(isImportSourceName('toString')).toBe(false);
  });

  it('imports the FPI from the folder of downloads, naming the files it did not read', async () => {
    const [files, mapping] = await Promise.all([readSourceFiles([realDataDir]), readObjectiveMapping()]);
    const result = importSources.fpi({ files, mapping, options: { categories: 'Training', asOf: '2023-09-25' } });
    expect(result.counts.read).toBe(2376);
    expect(
      result.warnings.filter((w) => w.message === 'not one of the four FPI CSVs; not read').map((w) => w.file),
    ).toEqual([
      'ca-grants-portal-2025-06.json',
      'grants-gov-opportunities-2009-2023.csv',
      'pa-grants-portal-2025.json',
    ]);
  });

  it('rejects options a source does not have, naming them', async () => {
    const [files, mapping] = await Promise.all([
      readSourceFiles([`${realDataDir}/pa-grants-portal-2025.json`]),
      readObjectiveMapping(),
    ]);
    expect(() => importSources['pa-portal']({ files, mapping, options: { fiscalYear: 2024 } })).toThrow(
      /pa-portal options: .*fiscalYear/,
    );
    expect(() => importSources['pa-portal']({ files, mapping, options: { openEndedCloses: 'soon' } })).toThrow(
      /openEndedCloses must be a date written YYYY-MM-DD/,
    );
  });
});
