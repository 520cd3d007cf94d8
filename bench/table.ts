// The bench's one table: each path, its figure, its floor's, the ratio and the target it must stay under.

export interface BenchRow {
  section: string;
  path: string;
  /** What the figures are (ms, p95 ms). */
  unit: string;
  braid: number;
  floor: number;
  /** The highest ratio that passes. */
  target: number;
  /** What the floor is, when the section's heading does not say. */
  note?: string;
}

const ratioOf = (row: BenchRow): number => row.braid / row.floor;
export const passes = (row: BenchRow): boolean => ratioOf(row) <= row.target;

const figure = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

export const formatRow = (row: BenchRow): string =>
  [
    `${row.section}: ${row.path}`.padEnd(44),
    `${figure(row.braid)} ${row.unit}`.padStart(13),
    `${figure(row.floor)} ${row.unit}`.padStart(13),
    `${ratioOf(row).toFixed(2)}x`.padStart(7),
    `<= ${row.target}x`.padStart(8),
    passes(row) ? ' pass' : ' FAIL',
    row.note ? `  (${row.note})` : '',
  ].join('');

export const formatTable = (rows: BenchRow[]): string =>
  [
    `${'path'.padEnd(44)}${'braid'.padStart(13)}${'floor'.padStart(13)}${'ratio'.padStart(7)}${'target'.padStart(8)}`,
    ...rows.map(formatRow),
    `${rows.filter(passes).length} of ${rows.length} within target`,
  ].join('\n');
