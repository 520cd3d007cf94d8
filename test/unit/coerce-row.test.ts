import { describe, expect, it } from 'vitest';
import { entityByName, parseRow } from '../../server/domain/catalog.js';

const streams = entityByName('funding_streams');
const base = {
  id: 's1',
  name: 'Stream',
  agency_id: 'a1',
  source: 'federal',
  fiscal_year: '2025',
  amount: '100',
  objective_ids: 'o1',
};

const issues = (values: Record<string, unknown>) => {
  const parsed = parseRow(streams, values);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('parsing spreadsheet cells', () => {
  it('reads amounts with $ and thousands separators, lists split on ;, enums in any case', () => {
    const parsed = parseRow(streams, {
      ...base,
      amount: ' $1,250,000.50 ',
      source: 'Federal',
      eligible_applicants: 'states; tribes ;',
      objective_ids: 'o1;o2',
    });
    expect(parsed.success && parsed.data).toMatchObject({
      amount: 1_250_000.5,
      source: 'federal',
      fiscal_year: 2025,
      eligible_applicants: ['states', 'tribes'],
      objective_ids: ['o1', 'o2'],
    });
  });

  it('keeps blank optional cells unknown, not zero', () => {
    const parsed = parseRow(streams, { ...base, obligated: '', expended: '  ', match_percent: '' });
    expect(parsed.success && parsed.data.obligated).toBeUndefined();
    expect(parsed.success && parsed.data.match_percent).toBeUndefined();
  });

  it('reads percentages with or without %', () => {
    expect(parseRow(streams, { ...base, match_percent: '25%' }).data?.match_percent).toBe(25);
    expect(issues({ ...base, match_percent: '125' })).toEqual([
      'match_percent: must be a percentage between 0 and 100',
    ]);
  });

  it('turns XLSX numbers and dates into the text the format expects', () => {
    const parsed = parseRow(streams, {
      ...base,
      assistance_listing: 17.258,
      expires: new Date('2027-06-30T00:00:00Z'),
    });
    expect(parsed.data).toMatchObject({ assistance_listing: '17.258', expires: '2027-06-30' });
  });

  it('says plainly what is wrong with each bad cell', () => {
    expect(issues({ ...base, amount: 'lots' })).toEqual([
      'amount: must be an amount in dollars, e.g. 125000 or $125,000',
    ]);
    expect(issues({ ...base, amount: '-5' })).toEqual(['amount: must not be negative']);
    expect(issues({ ...base, fiscal_year: '2025.5' })).toEqual(['fiscal_year: must be a fiscal year such as 2025']);
    expect(issues({ ...base, source: 'lottery' })).toEqual([
      'source: must be one of: federal, state, local, private, philanthropic',
    ]);
    expect(issues({ ...base, expires: '06/30/2027' })).toEqual(['expires: must be a date written YYYY-MM-DD']);
    expect(issues({ ...base, expires: '2027-02-29' })).toEqual(['expires: is not a real calendar date']);
    expect(issues({ ...base, objective_ids: '' })).toEqual(['objective_ids: needs at least one id']);
    expect(issues({ ...base, id: 'has space' })).toEqual(['id: may hold only letters, digits and . _ : - (no spaces)']);
    expect(issues({ ...base, name: undefined })).toEqual(['name: is required']);
  });

  it('checks that a release closes on or after it opens', () => {
    const releases = entityByName('releases');
    const release = { id: 'r', title: 'R', agency_id: 'a', opens: '2025-03-01', objective_ids: 'o' };
    expect(parseRow(releases, { ...release, closes: '2025-03-01' }).success).toBe(true);
    expect(parseRow(releases, { ...release, closes: '2025-02-28' }).error?.issues[0]?.message).toBe(
      'must not be before opens',
    );
  });
});
