import type { Ref, RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import type { Conditions } from './eligibility.js';
import type { StreamDetail } from './streams.js';

// Plain-language sentences for the eligibility conditions, so a person can check each one against the map.

export type Condition = 'sector' | 'region' | 'applicant_type';

const names = (refs: Ref[]): string => refs.map((ref) => ref.name).join(', ');

export const failedConditions = (conditions: Conditions): Condition[] => [
  ...(conditions.sector_ok ? [] : (['sector'] as const)),
  ...(conditions.region_ok ? [] : (['region'] as const)),
  ...(conditions.applicant_ok ? [] : (['applicant_type'] as const)),
];

const failure = (condition: Condition, stream: StreamDetail, request: RequestSummary, type: string | null): string => {
  if (condition === 'sector') return `scoped to ${names(stream.sectors)}, not ${names(request.sectors)}`;
  if (condition === 'region')
    return `limited to ${names(stream.regions)}, not ${request.region?.name ?? 'this region'}`;
  const open = `open only to ${stream.eligible_applicants.join(', ')}`;
  return type ? `${open}, not ${type}` : `${open}, and the applicant type is not recorded`;
};

/** Why a stream supporting the request's objectives is still not eligible for it. */
export const nearMissReason = (
  stream: StreamDetail,
  request: RequestSummary,
  fails: Condition[],
  applicantType: string | null = request.partnership?.applicant_type ?? null,
): string =>
  `${stream.name} is ${fails.map((condition) => failure(condition, stream, request, applicantType)).join('; ')}`;

export const unmatchedReason = (
  request: RequestSummary,
  missCount: number,
  shownReasons: string[],
  fiscalYear: number | null,
): string => {
  if (missCount === 0)
    return `No ${fiscalYear === null ? '' : `FY${fiscalYear} `}stream supports ${names(request.objectives)}.`;
  const count = missCount === 1 ? '1 stream supports' : `${missCount} streams support`;
  const more = missCount > shownReasons.length ? '; ...' : '';
  return `${count} its objectives, but none is open to it: ${shownReasons.join('; ')}${more}.`;
};

/** Why a stream is eligible for a request: one sentence per condition. */
export const eligibilityReasons = (
  stream: StreamDetail,
  request: RequestSummary,
  via: string[],
  applicantType: string | null = request.partnership?.applicant_type ?? null,
): string[] => {
  const supported = request.objectives.filter((objective) => via.includes(objective.id));
  const what = request.solution ? `, which ${request.solution.name} advances` : '';
  const sharedSectors = stream.sectors.filter((sector) => request.sectors.some((own) => own.id === sector.id));
  return [
    `Supports ${names(supported)}${what}`,
    stream.sectors.length === 0 || request.sectors.length === 0
      ? 'Open to every sector'
      : `Scoped to ${names(sharedSectors)}, a sector of the request`,
    stream.regions.length === 0 ? 'Statewide' : `Covers ${request.region?.name ?? 'the region'}`,
    stream.eligible_applicants.length === 0
      ? 'No applicant restriction'
      : request.partnership === null && applicantType === null
        ? `Open only to ${stream.eligible_applicants.join(', ')}: apply as one of them`
        : `Open to ${applicantType ?? 'its'} applicants`,
  ];
};
