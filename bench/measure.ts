// How the bench times a path against its floor: both run in turns (path, floor, path, floor...) after one
// warm-up each, so that the load other work puts on the shared machine falls on both alike; medians of each.

export const median = (times: number[]): number => {
  const sorted = [...times].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** The p-th percentile (0-100) of some latencies, nearest rank. */
export const percentile = (times: number[], p: number): number => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

export const timed = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};

export interface Pair {
  path: number;
  floor: number;
}

/**
 * Medians of `runs` turns of path and floor, each turn's figure given by `measure` (a duration by default).
 * `warmUp` false for paths whose first run is the measurement (an import onto an empty map).
 */
export const interleaved = async (
  runs: number,
  path: () => Promise<number>,
  floor: () => Promise<number>,
  warmUp = true,
): Promise<Pair> => {
  if (warmUp) {
    await path();
    await floor();
  }
  const paths: number[] = [];
  const floors: number[] = [];
  for (let run = 0; run < runs; run++) {
    paths.push(await path());
    floors.push(await floor());
  }
  return { path: median(paths), floor: median(floors) };
};
