import { describe, expect, it } from 'vitest';
import { summaryColumns } from '../../../client/features/data/summary-columns.js';
import { entityByName } from '../../../server/domain/catalog.js';

describe('the columns a Data table shows at a glance', () => {
  it('show the money of streams: amount, obligated and expended', () => {
    expect(summaryColumns(entityByName('funding_streams'))).toEqual([
      'id',
      'name',
      'agency_id',
      'source',
      'fiscal_year',
      'amount',
      'obligated',
      'expended',
    ]);
  });

  it('show the amount of releases and awards, and the estimated cost of requests', () => {
    expect(summaryColumns(entityByName('releases'))).toContain('amount');
    expect(summaryColumns(entityByName('awards'))).toContain('amount');
    expect(summaryColumns(entityByName('requests'))).toContain('estimated_cost');
    expect(summaryColumns(entityByName('agencies'))).toEqual(['id', 'name', 'acronym', 'level', 'kind', 'parent_id']);
  });
});
