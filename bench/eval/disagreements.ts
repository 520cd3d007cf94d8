import { pairKey, type JudgedPair } from './judged-set.js';
import type { FoundLevel, ListedLevel } from './score.js';

/**
 * The judged pairs the analytic placed at another level, worst first: true competitors not labeled competing,
 * incidental or unrelated pairs shown by default, then the rest. Each line carries the judge's reason.
 */
export const disagreements = (judged: JudgedPair[], listed: ReadonlyMap<string, ListedLevel>): string[] => {
  const rank = (pair: JudgedPair, found: FoundLevel): number => {
    if (pair.level === 'competing') return 0;
    if ((pair.level === 'incidental' || pair.level === 'unrelated') && (found === 'competing' || found === 'similar'))
      return 1;
    return 2;
  };
  return judged
    .map((pair) => ({ pair, found: listed.get(pairKey(pair.a, pair.b)) ?? ('not found' as const) }))
    .filter(({ pair, found }) => found !== pair.level && !(pair.level === 'unrelated' && found === 'not found'))
    .sort((x, y) => rank(x.pair, x.found) - rank(y.pair, y.found))
    .map(
      ({ pair, found }) =>
        `judged ${pair.level}, listed ${found}: ${pair.a} ${pair.a_title} | ${pair.b} ${pair.b_title} (${pair.reason})`,
    );
};
