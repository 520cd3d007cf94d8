import { describe, expect, it } from 'vitest';
import { measurePair, withDays } from '../../server/analytics/competing-releases/pair.js';
import { competingSeverity } from '../../server/analytics/competing-releases/severity.js';
import { decodeLinks } from '../../server/analytics/shared/links.js';
import { amountFit, priorityWeight, scoreStream } from '../../server/analytics/finder/score.js';
import { ReferenceData } from '../../server/analytics/shared/reference-data.js';
import { dayNumber } from '../../server/analytics/shared/release-windows.js';
import { fiscalYearOf } from '../../server/domain/fiscal-year.js';
import { jaccard } from '../../server/analytics/shared/similarity.js';
import { amountCountedOnce } from '../../server/analytics/shared/streams.js';
import { TopN } from '../../server/analytics/shared/top-n.js';
import type { RequestSummary } from '../../server/contract/analytics/refs-and-filters.js';

const release = (
  id: string,
  opens: string,
  closes: string,
  objective_ids: string[],
  amount: number | null,
  department_id: string,
) => withDays({ id, opens, closes, objective_ids, amount, department_id });

describe('release windows', () => {
  it('numbers days, so that a window of one day has 0 between opens and closes', () => {
    expect(dayNumber('2025-01-02') - dayNumber('2025-01-01')).toBe(1);
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-01')).toBe(29);
  });

  it('puts a date in the state fiscal year: FY N runs July 1 of N-1 to June 30 of N', () => {
    expect(fiscalYearOf('2024-06-30')).toBe(2024);
    expect(fiscalYearOf('2024-07-01')).toBe(2025);
    expect(fiscalYearOf('2025-06-30')).toBe(2025);
  });
});

describe('competing pair measures', () => {
  it('similarity, overlap, amounts and severity of a cross-department pair', () => {
    // a: 2025-03-01..04-30 (61 days), {iwt}; b: 04-15..06-15 (62 days), {iwt, appr}. Shared 04-15..04-30: 16 days.
    const measures = measurePair(
      release('a', '2025-03-01', '2025-04-30', ['iwt'], 1_000_000, 'dol'),
      release('b', '2025-04-15', '2025-06-15', ['appr', 'iwt'], null, 'ded'),
    );
    expect(measures).toMatchObject({
      shared: ['iwt'],
      similarity: 0.5,
      overlap: { from: '2025-04-15', to: '2025-04-30', days: 16 },
      overlap_share: 0.2623,
      same_department: false,
      combined_amount: 1_000_000,
      amount_known: false,
    });
    expect(measures.severity).toBe(Math.round(0.5 * 0.2623 * 10_000) / 10_000);
  });

  it('does not rank releases of one department down (issue #9: they are flagged instead)', () => {
    const a = release('a', '2025-03-01', '2025-04-30', ['iwt'], null, 'dol');
    const sameDepartment = measurePair(a, release('b', '2025-03-01', '2025-04-30', ['iwt'], null, 'dol'));
    const across = measurePair(a, release('c', '2025-03-01', '2025-04-30', ['iwt'], null, 'ded'));
    expect([sameDepartment.same_department, sameDepartment.severity]).toEqual([true, 1]);
    expect([across.same_department, across.severity]).toEqual([false, 1]);
    expect(competingSeverity({ similarity: 0.5, overlapShare: 0.5 })).toBe(0.25);
  });

  it('Jaccard similarity from set sizes', () => {
    expect(jaccard(1, 2, 3)).toBe(0.25);
    expect(jaccard(0, 0, 0)).toBe(0);
  });
});

describe('match score', () => {
  const request = (priority: number | null, estimated_cost: number | null) =>
    ({ priority, estimated_cost }) as RequestSummary;

  it('weighs requests by priority (1 highest) and caps the amount at the cost', () => {
    expect([1, 2, 3, 4, 5, null].map(priorityWeight)).toEqual([5, 4, 3, 2, 1, 3]);
    expect(amountFit(50, [request(1, 100)])).toBe(0.5);
    expect(amountFit(500, [request(1, 100)])).toBe(1);
    expect(amountFit(1, [request(1, null)])).toBe(1);
    expect(amountFit(0, [request(1, null)])).toBe(0);
  });

  it('adds 40 requests + 30 amount + 15 flexibility + 15 match', () => {
    const all = [request(1, 100), request(3, 100)];
    // Covers the priority-1 request (weight 5 of 8), half its cost, moderate money (0.6), 20% match (0.8).
    const { score, parts } = scoreStream(
      { available: 50, flexibility: 'moderate', match_percent: 20 },
      [all[0] as RequestSummary],
      all,
    );
    expect(parts).toEqual({ requests: 0.625, amount: 0.5, flexibility: 0.6, match: 0.8 });
    expect(score).toBe(Math.round((40 * 0.625 + 30 * 0.5 + 15 * 0.6 + 15 * 0.8) * 10) / 10);
  });
});

describe('reference data', () => {
  const reference = new ReferenceData({
    agencies: [
      { id: 'dol', name: 'Labor', acronym: 'DOL', parent_id: null },
      { id: 'dol-wd', name: 'Workforce', acronym: null, parent_id: 'dol' },
      { id: 'dol-wd-unit', name: 'Unit', acronym: null, parent_id: 'dol-wd' },
      { id: 'loop-a', name: 'A', acronym: null, parent_id: 'loop-b' },
      { id: 'loop-b', name: 'B', acronym: null, parent_id: 'loop-a' },
    ],
    objectives: [],
    sectors: [],
    regions: [],
    solutions: [],
  });

  it('a department is the top-level ancestor; an agency without parent, or in a cycle, is its own', () => {
    expect(reference.department('dol-wd-unit')).toEqual({ id: 'dol', name: 'Labor' });
    expect(reference.department('dol')).toEqual({ id: 'dol', name: 'Labor' });
    expect(reference.department('loop-a')).toEqual({ id: 'loop-a', name: 'A' });
    expect(reference.subtree('dol-wd').sort()).toEqual(['dol-wd', 'dol-wd-unit']);
  });
});

describe('money passed down', () => {
  it('counts a stream fed by another stream of the set once, and an orphaned child in full', () => {
    const allotment = { id: 'allotment', amount: 1000, passes_through_id: null };
    const state = { id: 'state', amount: 1000, passes_through_id: 'allotment' };
    const board = { id: 'board', amount: 300, passes_through_id: 'state' };
    const other = { id: 'other', amount: 50, passes_through_id: null };
    expect(amountCountedOnce([allotment, state, board, other])).toBe(1050);
    expect(amountCountedOnce([board, other])).toBe(350);
  });
});

describe('plumbing', () => {
  it('reads encoded links back', () => {
    expect(decodeLinks(['o|b', 'r|north', 'o|a', 's|mfg', 'f|wioa-fy2025|2025'])).toEqual({
      objective_ids: ['a', 'b'],
      sector_ids: ['mfg'],
      region_ids: ['north'],
      stream: { id: 'wioa-fy2025', fiscal_year: 2025 },
      upstream_id: null,
    });
    expect(decodeLinks(['u|allotment']).upstream_id).toBe('allotment');
  });

  it('keeps the best items in order and counts them all', () => {
    const best = new TopN<number>(3, (a, b) => b - a);
    for (const value of [5, 1, 9, 7, 3, 9]) best.offer(value);
    expect(best.sorted()).toEqual([9, 9, 7]);
    expect(best.count).toBe(6);
    const none = new TopN<number>(0, (a, b) => a - b);
    none.offer(1);
    expect([none.sorted(), none.count]).toEqual([[], 1]);
  });
});
