import { describe, expect, it } from 'vitest';
import type { DuplicatedObjective } from '../../../server/contract/analytics/duplicated-objectives.js';
import { heatColor, toHeatmap } from '../../../client/features/overlaps/heatmap.js';

const department = { id: 'd', name: 'D' };
const objective = (id: string, agencies: Array<[string, number]>): DuplicatedObjective =>
  ({
    id,
    name: id.toUpperCase(),
    total_amount: agencies.reduce((sum, [, amount]) => sum + amount, 0),
    agencies: agencies.map(([agency, amount]) => ({
      id: agency,
      name: `Agency ${agency}`,
      acronym: agency.toUpperCase(),
      department,
      streams: [],
      amount,
      passed_through_amount: 0,
    })),
  }) as unknown as DuplicatedObjective;

describe('the agency x objective heatmap', () => {
  it('keeps the objectives in ranked order and puts the agencies with the most dollars first', () => {
    const heatmap = toHeatmap([
      objective('o1', [
        ['a', 10],
        ['b', 50],
      ]),
      objective('o2', [
        ['a', 5],
        ['c', 1],
      ]),
    ]);
    expect(heatmap.rows.map((row) => row.objective.id)).toEqual(['o1', 'o2']);
    expect(heatmap.columns.map((column) => [column.id, column.total])).toEqual([
      ['b', 50],
      ['a', 15],
      ['c', 1],
    ]);
    expect(heatmap.rows[1]?.cells.get('b')).toBeUndefined();
    expect(heatmap.max).toBe(50);
  });

  it('counts money passed down from one agency to another once, under the agency it comes from', () => {
    // TANF: the federal block grant (HHS, 331) passed down to the state agency (DHS, 331 of its 400).
    const tanf = objective('o1', [
      ['hhs', 331],
      ['dhs', 400],
    ]);
    (tanf as { total_amount: number }).total_amount = 400;
    tanf.agencies[1]!.passed_through_amount = 331;
    const heatmap = toHeatmap([tanf]);
    expect(heatmap.rows[0]?.cells).toEqual(
      new Map([
        ['hhs', 331],
        ['dhs', 69],
      ]),
    );
    expect(heatmap.rows[0]?.passedThrough).toEqual(new Map([['dhs', 331]]));
    expect([...heatmap.rows[0]!.cells.values()].reduce((sum, value) => sum + value, 0)).toBe(400);
    expect(heatmap.columns.map((column) => [column.id, column.total])).toEqual([
      ['hhs', 331],
      ['dhs', 69],
    ]);
  });

  it('keeps every agency as a column, however many (the table scrolls in its own box)', () => {
    const many = Array.from({ length: 30 }, (_, i): [string, number] => [`a${String(i).padStart(2, '0')}`, 100 - i]);
    expect(toHeatmap([objective('o1', many)]).columns).toHaveLength(30);
  });

  it('shades by amount with readable text on every shade', () => {
    expect(heatColor(0, 100).background).toBe('transparent');
    expect(heatColor(1, 100)).toEqual({ background: 'hsl(212 70% 88%)', color: '#1d2733' });
    expect(heatColor(100, 100)).toEqual({ background: 'hsl(212 70% 25%)', color: '#ffffff' });
    const lightness = (amount: number) => Number(/(\d+)%\)$/.exec(heatColor(amount, 100).background)?.[1]);
    for (let amount = 1; amount <= 100; amount += 1) {
      const shade = lightness(amount);
      expect(shade >= 62 || shade <= 45).toBe(true);
    }
  });
});
