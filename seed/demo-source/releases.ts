import type { Row } from '../synthetic/bundle.js';
import { AS_OF, YEARS, boards, type FiscalYear } from './lakeland.js';
import type { ProgramSeed } from './program.js';
import type { ReleasePlan } from './release-plan.js';
import { allocationId, streamId } from './streams.js';

// Release plans -> release rows, one per fiscal year the plan's program runs.

const DAY_MS = 86_400_000;

const isoDate = (time: number): string => new Date(time).toISOString().slice(0, 10);

/** Application window of a plan in a fiscal year (which starts July 1 of the year before). */
export const releaseWindow = (plan: ReleasePlan, year: number): { opens: string; closes: string } => {
  const [months, day] = plan.opens;
  const opens = Date.UTC(year - 1, 6 + months, day);
  return { opens: isoDate(opens), closes: isoDate(opens + plan.days * DAY_MS) };
};

const roundTo = (value: number, step: number): number => Math.round(value / step) * step;

interface Issuer {
  suffix: string;
  agencyId: string;
  streamId: string;
  regionIds: string[] | undefined;
  eligible: string[] | undefined;
}

const issuers = (plan: ReleasePlan, program: ProgramSeed, year: number): Issuer[] =>
  plan.perBoard
    ? boards.map((board) => ({
        suffix: `-${board.id}`,
        agencyId: board.id,
        streamId: allocationId(program.key, board.id, year),
        regionIds: board.regionIds,
        eligible: program.localEligible,
      }))
    : [
        {
          suffix: '',
          agencyId: plan.agencyId ?? program.agencyId,
          streamId: streamId(program.key, year),
          regionIds: undefined,
          eligible: undefined,
        },
      ];

export const planReleases = (plan: ReleasePlan, program: ProgramSeed, streamAmount: (id: string) => number): Row[] =>
  YEARS.filter((year) => program.amounts[year] !== undefined && (plan.years ?? YEARS).includes(year)).flatMap(
    (year: FiscalYear) =>
      issuers(plan, program, year).map((issuer) => ({
        id: `${plan.key}${issuer.suffix}-fy${year}`,
        title: `${plan.title} FY${year}`,
        agency_id: issuer.agencyId,
        stream_id: issuer.streamId,
        ...releaseWindow(plan, year),
        amount: plan.pendingYears?.includes(year)
          ? undefined
          : roundTo(streamAmount(issuer.streamId) * plan.share, 10_000),
        objective_ids: plan.objectiveIds ?? program.objectiveIds,
        sector_ids: plan.sectorIds ?? program.sectorIds ?? [],
        region_ids: plan.regionIds ?? issuer.regionIds ?? program.regionIds ?? [],
        beneficiary_ids: program.beneficiaryIds ?? [],
        activity_ids: program.activityIds ?? [],
        eligible_applicants: plan.eligible ?? issuer.eligible ?? program.eligible,
        source_url: program.sourceUrl,
        as_of: AS_OF,
        notes: plan.pendingYears?.includes(year)
          ? 'Illustrative solicitation; amount not announced yet.'
          : 'Illustrative solicitation and amount.',
      })),
  );
