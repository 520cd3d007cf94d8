import { describe, expect, it } from 'vitest';
import { entityByName } from '../../server/domain/catalog.js';
import { inTurns, stringifyInTurns } from '../../server/import/event-loop-turns.js';
import { PreparedAssembly, sliceSize, toMessages } from '../../server/import/prepared-transfer.js';
import { validateRows } from '../../server/import/validate-rows.js';
import { diffTable } from '../../server/repositories/row-changes.js';

// The main thread's share of a 100,000-row upload goes in slices with event-loop turns between them, so
// /api/health is answered meanwhile (issue #10 point 6). Each test asks whether a callback queued before the work
// ran before the work ended: on one synchronous pass it cannot.
const streams = validateRows(
  Array.from({ length: 5 * sliceSize + 7 }, (_, i) => ({
    entity: entityByName('funding_streams'),
    file: 'funding_streams.csv',
    row: i + 2,
    values: {
      id: `s${i}`,
      name: `Stream ${i}`,
      agency_id: 'dol-wd',
      source: i % 1000 === 0 ? 'nowhere' : 'state',
      fiscal_year: '2025',
      amount: String(i + 1),
      objective_ids: 'iwt',
    },
  })),
);

const ranBefore = async (work: Promise<unknown>): Promise<boolean> => {
  let ran = false;
  setImmediate(() => {
    ran = true;
  });
  await work;
  return ran;
};

describe('an upload in turns of the event loop', () => {
  it('slices cover every item once, in order', async () => {
    const items = Array.from({ length: 3 * sliceSize + 1 }, (_, i) => i);
    const seen: number[] = [];
    for await (const slice of inTurns(items)) seen.push(...slice);
    expect(seen).toEqual(items);
  });

  it('stringifies as JSON.stringify does, letting other work in', async () => {
    expect(await stringifyInTurns([])).toBe('[]');
    expect(await stringifyInTurns([{ a: 1 }])).toBe('[{"a":1}]');
    const rows = streams.valid.map(({ key, data }) => ({ table: 'funding_streams', key, before: null, after: data }));
    expect(await stringifyInTurns(rows)).toBe(JSON.stringify(rows));
    expect(await ranBefore(stringifyInTurns(rows))).toBe(true);
  });

  it('diffs a table letting other work in', async () => {
    const entity = entityByName('funding_streams');
    const diff = diffTable(entity, new Map(), streams.valid, false);
    expect(await ranBefore(diff)).toBe(true);
    expect((await diff).counts.created).toBe(streams.valid.length);
  });

  it('hands a validated upload over in slices and puts it back whole', () => {
    const messages = toMessages({ problems: [], validated: streams });
    expect(messages.length).toBeGreaterThan(5);
    const assembly = new PreparedAssembly();
    const results = structuredClone(messages).map((message) => assembly.add(message));
    const prepared = results.at(-1);
    expect(results.slice(0, -1).every((result) => result === undefined)).toBe(true);
    const back = prepared?.validated;
    expect(back?.valid.map((row) => row.key)).toEqual(streams.valid.map((row) => row.key));
    expect(back?.checkable.map((row) => row.key)).toEqual(streams.checkable.map((row) => row.key));
    expect(back?.problems).toEqual(streams.problems);
    expect(back?.problems.length).toBeGreaterThan(0);
    expect([...(back?.keys ?? [])]).toEqual([...streams.keys]);
    expect(back?.valid[0]?.entity).toBe(entityByName('funding_streams'));
    expect(back?.valid[0]?.source.row).toBe(streams.valid[0]?.source.row);
  });
});
