import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GaoReviewResponse } from '../../server/contract/gao-review.js';
import { demoDir, folderFiles } from '../../server/seed/load-demo.js';
import { getJson, ids } from '../fixtures/analytics/graph.js';
import { importFiles } from '../helpers/fixtures.js';
import { buildTestApp, resetDatabase } from '../helpers/test-app.js';

// The leadership views on the demo map (seed/demo, the State of Lakeland): what seed/README.md and
// docs/analytics.md promise they show.
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
  await resetDatabase();
  const response = await importFiles(app, folderFiles(demoDir));
  expect(response.statusCode, response.body).toBe(200);
});
afterAll(async () => app.close());

describe('leadership views on the demo map', () => {
  it('GAO review: incumbent-worker training is duplicated across departments; a blank stays not known', async () => {
    const body = await getJson<GaoReviewResponse>(app, '/api/analytics/gao-review?fiscal_year=2026');
    const pair = (a: string, b: string) =>
      body.duplication.find(
        (finding) => [finding.first.id, finding.second.id].sort().join('+') === [a, b].sort().join('+'),
      );
    const techcred = pair('wioa-adult-allotment-fy2026', 'techcred-fy2026');
    expect(ids(techcred?.beneficiaries.shared ?? [])).toContain('incumbent-workers');
    expect(ids(techcred?.activities.shared ?? [])).toContain('training');
    expect(ids(techcred?.objectives.shared ?? [])).toContain('incumbent-upskilling');
    // WIOA Adult's allotment, state stream and four local allocations are one program, counted once.
    const wioa = [techcred?.first, techcred?.second].find((side) => side?.id === 'wioa-adult-allotment-fy2026');
    expect(wioa?.streams.map((stream) => stream.id)).toContain('wioa-adult-fy2026');
    expect(wioa?.amount).toBe(16_950_000);
    expect(pair('skills-investment-fy2026', 'workforce-training-fund-fy2026')).toBeDefined();
    // A pair appears in one class only.
    const keys = (findings: GaoReviewResponse['overlap']) =>
      findings.map((finding) => `${finding.first.id}+${finding.second.id}`);
    const duplicated = new Set(keys(body.duplication));
    expect(keys(body.overlap).filter((key) => duplicated.has(key))).toEqual([]);
    expect(body.summary.duplication.count).toBe(body.duplication.length);
    // The one program left blank on purpose.
    const manufacturing = [...body.overlap, ...body.duplication]
      .flatMap((finding) => [finding.first, finding.second])
      .find((program) => program.id === 'manufacturing-futures-fy2026');
    expect(manufacturing?.streams[0]?.beneficiaries).toBeNull();
    expect(body.summary.not_known.streams_without_beneficiaries).toBe(1);
    expect(body.fragmentation.map((finding) => finding.area)).toContain('Training');
  });
});
