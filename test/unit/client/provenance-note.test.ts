import { describe, expect, it } from 'vitest';
import { provenanceSentence } from '../../../client/components/provenance-note.js';

const table = (name: string, rows: number, sourced: number) => ({
  table: name,
  rows,
  as_of_earliest: '2026-01-15',
  as_of_latest: '2026-01-15',
  rows_with_source_url: sourced,
});

describe('the provenance line of the analytics views', () => {
  it('says as of when and how many streams cite a source', () => {
    expect(
      provenanceSentence({
        as_of_earliest: '2025-07-01',
        as_of_latest: '2026-01-15',
        tables: [table('agencies', 38, 38), table('funding_streams', 217, 190)],
      }),
    ).toMatch(/^Figures from the map as of .+ to .+; 190 of 217 funding streams cite a source\. /);
  });

  it('says nothing when no row has an as-of date', () => {
    expect(provenanceSentence({ as_of_earliest: null, as_of_latest: null, tables: [] })).toBeNull();
  });
});
