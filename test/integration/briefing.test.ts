import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { YearChangesResponse } from '../../server/contract/analytics/changes.js';
import type { GapsResponse } from '../../server/contract/analytics/gaps.js';
import type { ScorecardResponse } from '../../server/contract/analytics/scorecard.js';
import type { CompetingReleasesResponse } from '../../server/contract/analytics/competing-releases.js';
import type { BriefingResponse } from '../../server/contract/briefing.js';
import type { GaoReviewResponse } from '../../server/contract/gao-review.js';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { getJson } from '../fixtures/analytics/graph.js';
import { importFiles } from '../helpers/fixtures.js';
import { pdfText } from '../helpers/pdf-text.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The briefing on the demo map: the PDF read back with pdf.js, its figures checked against the analytics' own
// answers (not against the briefing's JSON alone).

let app: FastifyInstance;
beforeAll(async () => {
  // The demo map is imported in one transaction, which a loaded machine can keep past the default minute.
  app = await buildTestApp({ config: { BRAID_QUERY_TIMEOUT_S: 600 } });
  await resetDatabase();
});
afterAll(async () => app.close());

const dollars = (amount: number) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
const percent = (share: number) => `${Math.round(share * 100)}%`;

const readPdf = async (url: string) => {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
  expect(response.headers['content-type']).toBe('application/pdf');
  expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  return pdfText(response.rawPayload);
};

describe('the briefing', () => {
  it('with no data: a one-page PDF that says so', async () => {
    const { pages, text } = await readPdf('/api/briefing.pdf');
    expect(pages).toBe(1);
    expect(text).toContain('There is no funding data.');
  });

  it('reads back from the PDF with the figures the analytics answer, each with its source and date', async () => {
    const response = await importFiles(app, folderFiles(demoDir));
    expect(response.statusCode, response.body).toBe(200);
    const year = 2026;
    const { pages, text } = await readPdf(`/api/briefing.pdf?fiscal_year=${year}`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const briefing = await getJson<BriefingResponse>(app, `/api/briefing?fiscal_year=${year}`);
    expect(text).toContain(`Funding alignment briefing, FY${year}`);
    expect(text).toContain(`Made ${briefing.made_on}.`);
    expect(text).toContain(`Data as of ${briefing.data_as_of}.`);
    expect(text).toContain(`Compared with FY${year - 1}.`);

    const gao = await getJson<GaoReviewResponse>(app, `/api/analytics/gao-review?fiscal_year=${year}`);
    expect(text).toContain(`Funding: ${dollars(gao.summary.amount)}`);
    expect(text).toContain(`Duplication (GAO): ${gao.summary.duplication.count} pairs`);
    expect(text).toContain(`${dollars(gao.summary.duplication.amount)} involved`);
    const largest = gao.duplication[0];
    expect(text).toContain(`${largest?.first.name} and ${largest?.second.name}: ${dollars(largest?.amount ?? 0)}`);

    const scorecard = await getJson<ScorecardResponse>(app, `/api/analytics/scorecard?fiscal_year=${year}`);
    for (const indicator of scorecard.indicators) {
      const value =
        indicator.value === null
          ? 'no data'
          : indicator.unit === 'share'
            ? percent(indicator.value)
            : String(indicator.value);
      expect(text).toContain(`${indicator.label}: ${value}`);
    }

    const competing = await getJson<CompetingReleasesResponse>(
      app,
      `/api/analytics/competing-releases?fiscal_year=${year}`,
    );
    expect(text).toContain(`${competing.total} competing pairs in all.`);
    expect(text).toContain(`${competing.pairs[0]?.a.title} and ${competing.pairs[0]?.b.title}`);
    // The worst pair within one department is there even when it is not among the worst three.
    const within = competing.pairs.find((pair) => pair.same_department);
    expect(text).toContain(`${within?.a.title} and ${within?.b.title}`);

    const gaps = await getJson<GapsResponse>(app, `/api/analytics/gaps?fiscal_year=${year}`);
    const biggest = gaps.gaps[0];
    expect(text).toContain(`${biggest?.solution.name}: ${dollars(biggest?.uncovered_amount ?? 0)} short`);

    // What changed since last year is the year-over-year analytic's one comparison, read back from the PDF.
    const changes = await getJson<YearChangesResponse>(app, `/api/analytics/changes?from=${year - 1}&to=${year}`);
    expect(changes.amount.to).toBe(gao.summary.amount);
    const delta = changes.amount.to - changes.amount.from;
    const years = `FY${year - 1} -> FY${year}`;
    expect(text).toContain(`${years}: ${dollars(changes.amount.from)} -> ${dollars(changes.amount.to)}`);
    expect(text).toContain(`${delta >= 0 ? '+' : '-'}${dollars(Math.abs(delta))}`);
    const { streams } = changes;
    expect(text).toContain(
      `Streams: ${streams.new.length} new, ${streams.ended.length} ended, ${streams.changed.length} changed`,
    );
    expect(text).toContain(`${years}: ${streams.unchanged} unchanged`);
    const counted = (
      diff: { from_count: number; to_count: number; gained: unknown[]; resolved: unknown[] },
      gained: string,
      resolved: string,
    ) =>
      `${years}: ${diff.from_count} -> ${diff.to_count}; ${diff.gained.length} ${gained}, ${diff.resolved.length} ${resolved}`;
    expect(text).toContain(`GAO findings: `);
    expect(text).toContain(counted(changes.gao_findings, 'gained', 'resolved'));
    expect(text).toContain(counted(changes.duplicated_objectives, 'gained', 'resolved'));
    expect(text).toContain(counted(changes.competing_pairs, 'gained', 'resolved'));
    expect(text).toContain(counted(changes.gaps, 'opened', 'closed'));
    for (const indicator of changes.indicators) {
      if (indicator.from.value === null || indicator.to.value === null) continue;
      const format = (value: number) => (indicator.unit === 'share' ? percent(value) : String(value));
      expect(text).toContain(`${years}: ${format(indicator.from.value)} -> ${format(indicator.to.value)}`);
    }
    const changed = briefing.sections.find((section) => section.id === 'changes');
    expect(new Set(changed?.items.map((entry) => entry.source))).toEqual(
      new Set([`/api/analytics/changes?from=${year - 1}&to=${year}`]),
    );

    // Every figure names where it comes from and the date of its data.
    for (const section of briefing.sections)
      for (const item of section.items) {
        expect(item.source).toMatch(/^\/api\/analytics\//);
        expect(text).toContain(`Source: ${item.source}`);
      }
    expect(text).toContain(`data as of ${briefing.data_as_of}`);
  }, 240_000);

  it('answers 400 for a fiscal year that is not one', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/briefing.pdf?fiscal_year=next' });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
