import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readJson } from '../../server/import/read-json.js';
import { bundleCounts, bundleProblems } from '../../seed/synthetic/bundle.js';
import { generateSynthetic } from '../../seed/synthetic/generate.js';
import { writeBundleJson } from '../../seed/synthetic/write-json.js';

// The synthetic generator: deterministic per seed, valid braid/1, and growing with the number of states.

const oneState = generateSynthetic({ states: 1, seed: 42 });
const threeStates = generateSynthetic({ states: 3, seed: 42 });
const workDir = mkdtempSync(join(tmpdir(), 'braid-synthetic-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

describe('generateSynthetic', () => {
  it('gives identical output for the same seed', () => {
    expect(JSON.stringify(generateSynthetic({ states: 1, seed: 42 }))).toBe(JSON.stringify(oneState));
  });

  it('gives different output for a different seed', () => {
    expect(JSON.stringify(generateSynthetic({ states: 1, seed: 43 }))).not.toBe(JSON.stringify(oneState));
  });

  it('keeps a state the same whatever the number of states', () => {
    const alabama = (id: unknown) => String(id).startsWith('AL-');
    expect(threeStates.funding_streams.filter((row) => alabama(row.id))).toEqual(oneState.funding_streams);
  });

  it('produces a bundle every schema and reference check accepts', () => {
    expect(bundleProblems(oneState)).toEqual([]);
    expect(bundleProblems(threeStates)).toEqual([]);
  });

  it('scopes every stream and release to regions of its own state, so states stay apart', () => {
    const stateOf = (id: unknown) => String(id).split('-')[0];
    for (const row of [...threeStates.funding_streams, ...threeStates.releases]) {
      const regions = row.region_ids as string[];
      expect(regions.length, String(row.id)).toBeGreaterThan(0);
      expect(new Set(regions.map(stateOf)), String(row.id)).toEqual(new Set([stateOf(row.id)]));
    }
  });

  it('produces about one state of data per state', () => {
    const counts = bundleCounts(oneState);
    expect(counts.funding_streams).toBeGreaterThan(200);
    expect(counts.funding_streams).toBeLessThan(400);
    expect(counts.releases).toBeGreaterThan(700);
    expect(counts.partnerships).toBeGreaterThanOrEqual(80);
    expect(counts.requests).toBeGreaterThan(300);
    expect(counts.awards).toBeGreaterThan(50);
  });

  it('scales per-state entities with the number of states and shares the rest', () => {
    const one = bundleCounts(oneState);
    const three = bundleCounts(threeStates);
    for (const name of ['funding_streams', 'releases', 'partnerships', 'requests', 'regions'] as const) {
      expect(three[name] / one[name], name).toBeGreaterThan(2);
      expect(three[name] / one[name], name).toBeLessThan(4.5);
    }
    for (const name of ['objectives', 'sectors', 'solutions'] as const) expect(three[name]).toBe(one[name]);
  });

  it('keeps competing releases across agencies for the analytics to find', () => {
    const releases = oneState.releases.slice(0, 200);
    const competing = releases.some((a, index) =>
      releases
        .slice(index + 1)
        .some(
          (b) =>
            a.agency_id !== b.agency_id &&
            String(a.opens) <= String(b.closes) &&
            String(b.opens) <= String(a.closes) &&
            (a.objective_ids as string[]).some((id) => (b.objective_ids as string[]).includes(id)),
        ),
    );
    expect(competing).toBe(true);
  });

  it('generates and writes 50 states within a few seconds', () => {
    const started = Date.now();
    const file = join(workDir, 'synthetic-50.json');
    const bundle = generateSynthetic({ states: 50, seed: 1 });
    writeBundleJson(bundle, file);
    expect(Date.now() - started).toBeLessThan(15_000);
    const counts = bundleCounts(bundle);
    expect(counts.funding_streams).toBeGreaterThan(12_000);
    expect(counts.releases).toBeGreaterThan(40_000);
    expect(counts.partnerships).toBeGreaterThan(4000);
    expect(counts.requests).toBeGreaterThan(20_000);
  }, 30_000);

  it('writes JSON the import pipeline reads without a problem', () => {
    const file = join(workDir, 'synthetic-1.json');
    writeBundleJson(oneState, file);
    const { rows, problems } = readJson('synthetic-1.json', readFileSync(file, 'utf8'));
    expect(problems).toEqual([]);
    expect(rows.length).toBe(Object.values(bundleCounts(oneState)).reduce((sum, count) => sum + count, 0));
  });
});
