// An upload of 100,000 rows is checked, compared and written on the event loop that also answers /api/health
// and every other request. Loops over its rows go in slices and wait one event-loop turn between slices, so a
// request that arrives meanwhile is answered within a slice's time, not the whole upload's.

/** Rows per slice: a few milliseconds of per-row work, even on a loaded machine. */
const sliceSize = 2000;

/** One turn of the event loop: pending I/O (other requests) runs before the caller goes on. */
export const nextTurn = (): Promise<void> => new Promise((done) => setImmediate(done));

/** The items in slices, with a turn of the event loop before every slice after the first. */
export async function* inTurns<T>(items: readonly T[]): AsyncGenerator<readonly T[]> {
  for (let start = 0; start < items.length; start += sliceSize) {
    if (start > 0) await nextTurn();
    yield items.slice(start, start + sliceSize);
  }
}

/** JSON.stringify of a long array, a slice at a time (one call on 100,000 rows holds the loop for seconds). */
export const stringifyInTurns = async (items: readonly unknown[]): Promise<string> => {
  const parts: string[] = [];
  for await (const slice of inTurns(items)) parts.push(JSON.stringify(slice).slice(1, -1));
  return `[${parts.filter((part) => part !== '').join(',')}]`;
};
