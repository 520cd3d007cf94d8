import { describe, expect, it } from 'vitest';
import {
  findSource,
  optionCliFlags,
  optionQueryParameters,
  sourceNames,
  sources,
} from '../../server/sources/registry.js';
import { describeSource } from '../../server/sources/source-descriptor.js';
import { readObjectiveMapping } from '../../server/sources/read-objective-mapping.js';
import { readSourceFiles } from '../../server/sources/read-source-files.js';
import { realDataDir } from './sources-bundle-checks.js';

describe('source registry', () => {
  it('knows the four public sources by the names the CLI uses', () => {
    expect(sourceNames).toEqual(['pa-portal', 'ca-portal', 'fpi', 'grants-gov']);
    expect(findSource('fpi')?.name).toBe('fpi');
    expect(findSource('toString')).toBeUndefined();
  });

  it('gives every source a label and every option the words the upload page asks it with', () => {
    for (const source of sources) {
      expect(source.label, source.name).not.toBe('');
      expect(Object.keys(source.optionText).sort(), source.name).toEqual(Object.keys(source.options.shape).sort());
    }
  });

  it('names each option once, as the API query parameter and the CLI flag', () => {
    expect(optionQueryParameters).toEqual(['open_ended_closes', 'categories', 'fiscal_year', 'as_of']);
    expect(optionCliFlags).toEqual(['open-ended-closes', 'categories', 'fiscal-year', 'as-of']);
  });

  it('describes options with their kind and whether they are required, as GET /api/sources lists them', () => {
    expect(describeSource(findSource('fpi')!).options).toEqual([
      {
        name: 'categories',
        label: 'FPI categories to bring in (separated by ;, or all)',
        type: 'text',
        required: true,
        suggested: 'Training;Employment/Labor/Management;Economic Development',
      },
      expect.objectContaining({ name: 'fiscal_year', type: 'number', required: false }),
      expect.objectContaining({ name: 'as_of', type: 'date', required: false }),
    ]);
    expect(describeSource(findSource('pa-portal')!).options).toEqual([
      expect.objectContaining({ name: 'open_ended_closes', type: 'date', required: false }),
    ]);
  });

  it('imports the FPI from the folder of downloads, naming the files it did not read', async () => {
    const [files, mapping] = await Promise.all([readSourceFiles([realDataDir]), readObjectiveMapping()]);
    const result = findSource('fpi')!.run({ files, mapping, options: { categories: 'Training', asOf: '2023-09-25' } });
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
    expect(() => findSource('pa-portal')!.run({ files, mapping, options: { fiscalYear: 2024 } })).toThrow(
      /pa-portal options: .*fiscalYear/,
    );
    expect(() => findSource('pa-portal')!.run({ files, mapping, options: { openEndedCloses: 'soon' } })).toThrow(
      /openEndedCloses must be a date written YYYY-MM-DD/,
    );
  });
});
