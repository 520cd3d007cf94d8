import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgedLevels, judgedSet, judgedSources, readJudgedSet } from '../../bench/eval/judged-set.js';
import { disagreements } from '../../bench/eval/disagreements.js';
import { scoreAgainstJudged, type ListedLevel } from '../../bench/eval/score.js';

// Six judged pairs and what an analytic listed for them, worked by hand:
//   a-b competing, listed competing      a-c competing, listed similar     a-d competing, not listed
//   b-c similar,   listed competing      c-d incidental, listed similar    d-e unrelated, listed incidental
// plus one listed pair nobody judged (e-f), which must not count.
const judged = [
  { a: 'a', b: 'b', level: 'competing' },
  { a: 'a', b: 'c', level: 'competing' },
  { a: 'a', b: 'd', level: 'competing' },
  { a: 'b', b: 'c', level: 'similar' },
  { a: 'c', b: 'd', level: 'incidental' },
  { a: 'd', b: 'e', level: 'unrelated' },
] as const;
const listed = new Map<string, ListedLevel>([
  ['a b', 'competing'],
  ['a c', 'similar'],
  ['b c', 'competing'],
  ['c d', 'similar'],
  ['d e', 'incidental'],
  ['e f', 'competing'],
]);

describe('scoring the competing-releases levels against judged pairs', () => {
  const score = scoreAgainstJudged(judged, listed);

  it('counts each judged pair once in the confusion matrix, unlisted pairs as not found', () => {
    expect(score.pairs).toBe(6);
    expect(score.confusion.competing).toEqual({ competing: 1, similar: 1, incidental: 0, 'not found': 1 });
    expect(score.confusion.similar).toEqual({ competing: 1, similar: 0, incidental: 0, 'not found': 0 });
    expect(score.confusion.incidental).toEqual({ competing: 0, similar: 1, incidental: 0, 'not found': 0 });
    expect(score.confusion.unrelated).toEqual({ competing: 0, similar: 0, incidental: 1, 'not found': 0 });
  });

  it('gives precision over the judged pairs listed at a level and recall over the pairs judged at it', () => {
    const [competing, similar, incidental] = score.levels;
    // Listed competing: a-b (right), b-c (judged similar); the unjudged e-f is left out.
    expect(competing).toMatchObject({ judged: 3, listed: 2, agreed: 1, precision: 0.5, recall: 1 / 3 });
    // Listed similar: a-c and c-d, neither judged similar; b-c, judged similar, was listed competing.
    expect(similar).toMatchObject({ judged: 1, listed: 2, agreed: 0, precision: 0, recall: 0 });
    // Listed incidental: only d-e, judged unrelated; the one incidental pair was listed similar.
    expect(incidental).toMatchObject({ judged: 1, listed: 1, agreed: 0, precision: 0, recall: 0 });
  });

  it('measures the issue targets: competing precision and recall, competitors and noise shown by default', () => {
    const byName = Object.fromEntries(score.targets.map((target) => [target.name, target]));
    expect(byName['labeled competing that truly compete']).toMatchObject({ value: 0.5, met: true });
    expect(byName['true competitors labeled competing']).toMatchObject({ value: 1 / 3, met: false });
    // a-b and a-c are shown (competing, similar); a-d is missing: 2 of 3.
    expect(byName['true competitors shown by default']).toMatchObject({ value: 2 / 3, met: false });
    // Of c-d (shown as similar) and d-e (incidental, hidden by default): 1 of 2.
    expect(byName['incidental or unrelated shown by default']).toMatchObject({ value: 0.5, goal: 0.1, met: false });
  });

  it('has no ratio, and meets no target, when nothing was listed or judged at a level', () => {
    const empty = scoreAgainstJudged([{ a: 'a', b: 'b', level: 'unrelated' }], new Map());
    expect(empty.levels[0]).toMatchObject({ listed: 0, precision: null, recall: null });
    expect(empty.targets[0]).toMatchObject({ value: null, met: false });
    expect(empty.targets[3]).toMatchObject({ value: 0, met: true });
  });

  it('reads a pair listed either way round as the same pair', () => {
    const reversed = scoreAgainstJudged([{ a: 'a', b: 'b', level: 'competing' }], new Map([['a b', 'competing']]));
    expect(reversed.confusion.competing.competing).toBe(1);
  });
});

describe('the judged set file', () => {
  const pair = {
    source: 'pa-portal',
    a: 'pa-1',
    b: 'pa-2',
    a_title: 'A',
    b_title: 'B',
    level: 'similar',
    reason: 'r',
    split: 'dev',
  };

  it('refuses unsorted ids, repeated pairs and unknown levels, naming the pair', () => {
    const check = (pairs: unknown[]) => judgedSet.safeParse({ definitions: 'd', pairs });
    expect(check([pair]).success).toBe(true);
    expect(check([{ ...pair, a: 'pa-2', b: 'pa-1' }]).error?.issues[0]?.message).toMatch(/sorted/);
    expect(check([pair, pair]).error?.issues[0]).toMatchObject({ path: ['pairs', 1], message: 'pa-1 pa-2 repeats' });
    expect(check([{ ...pair, level: 'related' }]).success).toBe(false);
    expect(check([{ ...pair, split: 'test' }]).success).toBe(false);
  });

  it('reads the real judged set: every pair well formed, every level judged in both portals', () => {
    const pairs = readJudgedSet(resolve(import.meta.dirname, '..', 'fixtures', 'competing-judged', 'pairs.json'));
    for (const source of judgedSources)
      for (const level of judgedLevels)
        expect(
          pairs.some((pair) => pair.source === source && pair.level === level),
          `${source} ${level}`,
        ).toBe(true);
    const prefix = (source: string) => `${source.split('-')[0]}-`;
    expect(pairs.filter((pair) => ![pair.a, pair.b].every((id) => id.startsWith(prefix(pair.source))))).toEqual([]);
  });

  it('keeps a holdout split of at least 80 pairs from both portals, apart from the dev pairs', () => {
    const pairs = readJudgedSet(resolve(import.meta.dirname, '..', 'fixtures', 'competing-judged', 'pairs.json'));
    const holdout = pairs.filter((pair) => pair.split === 'holdout');
    expect(holdout.length).toBeGreaterThanOrEqual(80);
    expect(new Set(holdout.map((pair) => pair.source))).toEqual(new Set(judgedSources));
    expect(pairs.filter((pair) => pair.split === 'dev').length).toBeGreaterThanOrEqual(150);
  });
});

describe('the disagreements --details lists', () => {
  it('puts missed competitors first, then noise shown by default, and leaves out agreements', () => {
    const titled = judged.map((pair) => ({
      ...pair,
      source: 'pa-portal' as const,
      a_title: pair.a,
      b_title: pair.b,
      reason: 'r',
      split: 'dev' as const,
    }));
    const lines = disagreements(titled, listed);
    expect(lines.map((line) => line.split(':')[0])).toEqual([
      'judged competing, listed similar',
      'judged competing, listed not found',
      'judged incidental, listed similar',
      'judged similar, listed competing',
      'judged unrelated, listed incidental',
    ]);
  });
});
