import type { Ref } from '../contract/analytics/refs-and-filters.js';
import type { IndicatorSetting } from '../contract/analytics/scorecard.js';
import type { Database, Tx } from '../db/database.js';
import { fiscalYearWindow } from '../domain/fiscal-year.js';
import type {
  AdHocProfileRow,
  DraftStream,
  DuplicatedObjectiveRow,
  FilterParams,
  FlowStream,
  ObjectiveFrequencyRow,
  PartnershipProfileRow,
  Period,
  ReferenceRows,
  ReleaseText,
  RepurposeCandidateRow,
  ScorecardFigures,
  StoredRelease,
  StoredRequest,
  StoredReviewStream,
  StoredStream,
  YearStream,
} from './analytics-input-rows.js';
import { readScorecardSettings } from './scorecard-settings-repository.js';
import { readTableProvenance } from './table-provenance-repository.js';

// What the analytics read, one function per query of cypher/analytics/, all in the caller's read transaction.
// Analytics receive these reads (never a transaction) and get plain rows back; reads stay lazy, so an analytic
// reads only what its answer needs (the scorecard reads only for the indicators shown).

const first = <T>(rows: T[]): T | undefined => rows[0];

export const analyticsReads = (tx: Tx) => ({
  reference: async () =>
    first(await tx.run<ReferenceRows & { latest_fiscal_year: number | null }>('analytics/shared/reference')),
  streams: (selection: { fiscal_year: number | null; agency_ids: string[] | null }) =>
    tx.run<StoredStream>('analytics/shared/streams', selection),
  requests: (selection: {
    region_id: string | null;
    sector_id: string | null;
    partnership_id: string | null;
    solution_id: string | null;
  }) => tx.run<StoredRequest>('analytics/shared/requests', selection),
  releases: (selection: { from: string | null; to: string | null; objective_ids: string[] | null }) =>
    tx.run<StoredRelease>('analytics/shared/releases', selection),
  streamReleases: (streamIds: string[], asOf: string) =>
    tx.run<StoredRelease>('analytics/shared/stream-releases', { stream_ids: streamIds, as_of: asOf }),
  releaseNames: (ids: string[]) =>
    tx.run<{ id: string; title: string; stream_name: string | null }>('analytics/shared/release-names', { ids }),
  releaseSpan: async (fiscalYear: number) =>
    first(
      await tx.run<Period>('analytics/shared/release-span', {
        fiscal_year: fiscalYear,
        ...fiscalYearWindow(fiscalYear),
      }),
    ),
  releaseTexts: (period: Period) => tx.run<ReleaseText>('analytics/competing-releases/release-texts', { ...period }),
  objectiveFrequencies: async () =>
    first(await tx.run<ObjectiveFrequencyRow>('analytics/competing-releases/objective-frequencies', {})),
  duplicatedObjectives: (filters: FilterParams) =>
    tx.run<DuplicatedObjectiveRow>('analytics/duplicated-objectives/objectives-of-several-agencies', { ...filters }),
  reviewStreams: (fiscalYear: number | null) =>
    tx.run<StoredReviewStream>('analytics/gao-review/streams', { fiscal_year: fiscalYear }),
  reviewTerms: async () =>
    first(await tx.run<{ beneficiaries: Ref[]; activities: Ref[] }>('analytics/gao-review/terms')),
  flowStreams: (fiscalYear: number | null) =>
    tx.run<FlowStream>('analytics/money-flow/streams', { fiscal_year: fiscalYear }),
  yearStreams: (fiscalYear: number) => tx.run<YearStream>('analytics/changes/streams', { fiscal_year: fiscalYear }),
  repurposeCandidates: (filters: FilterParams, threshold: number) =>
    tx.run<RepurposeCandidateRow>('analytics/repurpose/candidates', { ...filters, threshold }),
  scorecardFigures: async (filters: FilterParams) =>
    first(await tx.run<ScorecardFigures>('analytics/scorecard/figures', { ...filters })),
  scorecardSettings: (): Promise<IndicatorSetting[]> => readScorecardSettings(tx),
  draftStream: async (streamId: string) =>
    first(await tx.run<DraftStream>('analytics/release-check/draft-stream', { stream_id: streamId })),
  partnershipProfile: async (partnershipId: string) =>
    first(
      await tx.run<PartnershipProfileRow>('analytics/finder/partnership-profile', { partnership_id: partnershipId }),
    ),
  adHocProfile: async (wanted: {
    region_id: string;
    sector_ids: string[];
    solution_ids: string[];
    objective_ids: string[];
  }) => first(await tx.run<AdHocProfileRow>('analytics/finder/ad-hoc-profile', wanted)),
  latestReleaseClose: async () =>
    first(await tx.run<{ latest: string | null }>('analytics/finder/latest-release-close'))?.latest ?? null,
  applicantTypes: async () =>
    (await tx.run<{ label: string }>('analytics/finder/applicant-types')).map((row) => row.label),
  /** Each table's rows, sources and latest as-of: the provenance of every figure. */
  tableProvenance: () => readTableProvenance(tx),
});

/** The reads an analytic may make. */
export type AnalyticsReads = ReturnType<typeof analyticsReads>;

/** One read transaction whose work gets the analytics' reads. */
export const readAnalytics = <T>(db: Database, work: (reads: AnalyticsReads) => Promise<T>): Promise<T> =>
  db.readTransaction((tx) => work(analyticsReads(tx)));
