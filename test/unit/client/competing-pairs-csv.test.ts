import { describe, expect, it } from 'vitest';
import type { CompetingPair } from '../../../server/contract/analytics/competing-releases.js';
import type { FigureProvenance } from '../../../server/contract/provenance.js';
import { pairsToCsv } from '../../../client/features/releases/pairs-csv.js';

const release = (id: string, title: string) => ({
  id,
  title,
  agency: {
    id: 'dced',
    name: 'Community & Economic Development',
    acronym: 'DCED',
    department: { id: 'dced', name: 'Community & Economic Development' },
  },
  stream: null,
  fiscal_year: 2025,
  opens: '2025-07-01',
  closes: '2025-09-30',
  amount: null,
  objective_count: 1,
  sectors: [],
  regions: [],
});

const pair = {
  a: release('pa-dced40', 'Local Share Account (LSA) - Luzerne Co'),
  b: release('pa-dced44', '=HYPERLINK("http://x") LSA, Category 4'),
  same_department: true,
  shared_objectives: [{ id: 'community', name: 'Community development' }],
  similarity: 1,
  overlap: { from: '2025-07-01', to: '2025-09-30' },
  overlap_days: 92,
  overlap_share: 1,
  combined_amount: 0,
  amount_known: false,
  severity: 1,
  level: 'similar',
  score: 0.31,
  found_by: 'objectives',
  wording: 0.31,
  objective_specificity: 0.46,
  places: { a: ['Luzerne County'], b: ['Berks County', 'York County'] },
  reasons: [
    {
      kind: 'places',
      sense: 'separates',
      text: 'Different places: Luzerne County against Berks County and York County.',
    },
    { kind: 'department', sense: 'shares', text: 'Both issued within DCED.' },
  ],
} as CompetingPair;

const provenance: FigureProvenance[] = [
  {
    figure: 'pairs',
    title: 'Pairs of releases',
    as_of: '2026-11-02',
    tables: [
      { table: 'releases', rows: 40, rows_with_source_url: 38, sites: ['pa.gov'], as_of_latest: '2026-11-02' },
      { table: 'agencies', rows: 12, rows_with_source_url: 0, sites: [], as_of_latest: '2026-09-30' },
      { table: 'regions', rows: 0, rows_with_source_url: 0, sites: [], as_of_latest: null },
    ],
  },
];

describe('the competing pairs CSV', () => {
  it('writes one row a pair with level, score, same_department, found_by, places and reasons', () => {
    const [header, row] = pairsToCsv([pair], provenance).trimEnd().split('\n');
    expect(header).toBe(
      'level,score,severity,same_department,found_by,a_id,a_title,a_agency,a_places,b_id,b_title,b_agency,b_places,overlap_from,overlap_to,overlap_days,shared_objectives,wording,combined_amount,reasons,source,as_of',
    );
    expect(row).toMatch(/^similar,0\.31,1,true,objectives,pa-dced40,Local Share Account \(LSA\) - Luzerne Co,/);
    expect(row).toContain('Berks County; York County');
    expect(row).toContain(
      ',separates: Different places: Luzerne County against Berks County and York County. | shares: Both issued within DCED.',
    );
  });

  it('closes every row with the source and the as-of of the figure, as the view says under the table', () => {
    const rows = pairsToCsv([pair, pair], provenance).trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(2);
    for (const row of rows)
      expect(row.endsWith(',"releases (38 of 40 cite a source: pa.gov), agencies",2026-11-02')).toBe(true);
  });

  it('neutralises text that a spreadsheet would run as a formula', () => {
    expect(pairsToCsv([pair], provenance)).toContain(`"'=HYPERLINK(""http://x"") LSA, Category 4"`);
  });
});
