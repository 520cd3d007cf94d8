import { judgedLevels, pairKey, type JudgedLevel } from './judged-set.js';

/** The levels the analytic gives, and `not found` for a pair it does not list. */
export const foundLevels = ['competing', 'similar', 'incidental', 'not found'] as const;
export type FoundLevel = (typeof foundLevels)[number];
export type ListedLevel = Exclude<FoundLevel, 'not found'>;

export type Confusion = Record<JudgedLevel, Record<FoundLevel, number>>;

export interface LevelScore {
  level: ListedLevel;
  judged: number;
  listed: number;
  agreed: number;
  /** Null when nothing was listed (or judged) at this level: no ratio to give. */
  precision: number | null;
  recall: number | null;
}

export interface Target {
  name: string;
  value: number | null;
  goal: number;
  /** `min`: the value must reach the goal; `max`: it must stay at or below it. */
  direction: 'min' | 'max';
  met: boolean;
}

export interface Score {
  pairs: number;
  confusion: Confusion;
  levels: LevelScore[];
  targets: Target[];
}

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

const emptyConfusion = (): Confusion =>
  Object.fromEntries(
    judgedLevels.map((judged) => [judged, Object.fromEntries(foundLevels.map((found) => [found, 0]))]),
  ) as Confusion;

const target = (name: string, value: number | null, goal: number, direction: Target['direction']): Target => ({
  name,
  value,
  goal,
  direction,
  met: value !== null && (direction === 'min' ? value >= goal : value <= goal),
});

/**
 * Scores what the analytic listed (pair key -> level) against the judged pairs. Only judged pairs count: a
 * listed pair nobody judged says nothing either way. Targets are issue #9's.
 */
export const scoreAgainstJudged = (
  judged: ReadonlyArray<{ a: string; b: string; level: JudgedLevel }>,
  listed: ReadonlyMap<string, ListedLevel>,
): Score => {
  const confusion = emptyConfusion();
  for (const pair of judged) confusion[pair.level][listed.get(pairKey(pair.a, pair.b)) ?? 'not found'] += 1;
  const row = (level: JudgedLevel) => foundLevels.reduce((sum, found) => sum + confusion[level][found], 0);
  const column = (found: FoundLevel) => judgedLevels.reduce((sum, level) => sum + confusion[level][found], 0);
  // The client shows competing and similar by default; incidental is one click away.
  const shown = (...levels: JudgedLevel[]) =>
    levels.reduce((sum, level) => sum + confusion[level].competing + confusion[level].similar, 0);
  const levels: LevelScore[] = (['competing', 'similar', 'incidental'] as const).map((level) => ({
    level,
    judged: row(level),
    listed: column(level),
    agreed: confusion[level][level],
    precision: ratio(confusion[level][level], column(level)),
    recall: ratio(confusion[level][level], row(level)),
  }));
  const [competing] = levels as [LevelScore];
  const noise = row('incidental') + row('unrelated');
  return {
    pairs: judged.length,
    confusion,
    levels,
    targets: [
      target('labeled competing that truly compete', competing.precision, 0.5, 'min'),
      target('true competitors labeled competing', competing.recall, 0.85, 'min'),
      target('true competitors shown by default', ratio(shown('competing'), row('competing')), 0.95, 'min'),
      target('incidental or unrelated shown by default', ratio(shown('incidental', 'unrelated'), noise), 0.1, 'max'),
    ],
  };
};
