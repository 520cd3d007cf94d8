import { describe, expect, it } from 'vitest';
import type { RowChange } from '../../server/repositories/row-changes.js';
import { laterToUndo, planUndo } from '../../server/repositories/undo-plan.js';

const region = (name: string) => ({ id: 'north', name });
const change = (before: string | null, after: string | null): RowChange => ({
  table: 'regions',
  key: 'north',
  before: before === null ? null : region(before),
  after: after === null ? null : region(after),
});

describe('planUndo', () => {
  it('reverts rows that still hold what the change-set left', () => {
    const plan = planUndo([{ id: 'a', rows: [change('Old', 'New')] }], new Map([['regions:north', region('New')]]));
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([change('New', 'Old')]);
  });

  it('lists a row changed since, with what was expected and what is there', () => {
    const plan = planUndo([{ id: 'a', rows: [change('Old', 'New')] }], new Map([['regions:north', region('Newer')]]));
    expect(plan.conflicts).toEqual([
      {
        table: 'regions',
        key: 'north',
        reason: 'changed after change-set a',
        expected: region('New'),
        current: region('Newer'),
      },
    ]);
  });

  it('walks several change-sets newest first to one net change', () => {
    const sets = [
      { id: 'b', rows: [change('New', 'Newer')] },
      { id: 'a', rows: [change(null, 'New')] },
    ];
    const plan = planUndo(sets, new Map([['regions:north', region('Newer')]]));
    expect(plan.conflicts).toEqual([]);
    expect(plan.changes).toEqual([change('Newer', null)]);
  });
});

describe('laterToUndo', () => {
  it('takes later change-sets touching the rows, and those touching what they touched, but never an undo', () => {
    const later = [
      { id: 'b', kind: 'edit', touched: ['regions:north', 'sectors:mfg'] },
      { id: 'c', kind: 'edit', touched: ['objectives:iwt'] },
      { id: 'd', kind: 'edit', touched: ['sectors:mfg'] },
      { id: 'e', kind: 'undo', touched: ['regions:north'] },
    ];
    expect(laterToUndo(['regions:north'], later).map((set) => set.id)).toEqual(['b', 'd']);
  });
});
