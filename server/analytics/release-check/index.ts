import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { Invalid } from '../../domain/errors.js';
import type { AgencyWithDepartment, RequestSummary } from '../../contract/analytics/refs-and-filters.js';
import { bySeverity, measureFields, measurePair, withDays } from '../competing-releases/pair.js';
import type { ReleaseSummary } from '../../contract/analytics/competing-releases.js';
import type { AnalyticsContext } from '../shared/context.js';
import { isEligible, needOf, testEligibility } from '../shared/eligibility.js';
import { analyseGaps, type GapAnalysis } from '../gaps/index.js';
import type {
  CompetingExisting,
  DuplicatedByDraft,
  NarrowedGap,
  ReleaseCheckResponse,
  ReleaseDraft,
} from '../../contract/analytics/release-check.js';
import { thresholds } from '../competing-releases/classify.js';
import { PairClassifier } from '../competing-releases/pair-classifier.js';
import { readObjectiveFrequencies, readReleaseTexts } from '../competing-releases/read-evidence.js';
import { readReleases, readReleaseNames, releaseSummary } from '../shared/releases.js';
import { releaseFiscalYear } from '../../domain/fiscal-year.js';
import { round4 } from '../shared/rounding.js';
import { scopesIntersect } from '../shared/scope.js';
import { dollars } from '../shared/stream-reasons.js';
import type { StreamRow } from '../shared/streams.js';

import type { DraftStream } from '../../repositories/analytics-input-rows.js';

const checkReferences = (draft: ReleaseDraft, context: AnalyticsContext, stream: DraftStream | undefined): void => {
  const { reference } = context;
  const errors: Array<{ field: string; message: string }> = [];
  if (!reference.hasAgency(draft.agency_id))
    errors.push({ field: 'agency_id', message: `names no agency "${draft.agency_id}"` });
  if (draft.stream_id && !stream)
    errors.push({ field: 'stream_id', message: `names no funding stream "${draft.stream_id}"` });
  const lists = [
    ['objective_ids', draft.objective_ids, reference.hasObjective],
    ['sector_ids', draft.sector_ids, reference.hasSector],
    ['region_ids', draft.region_ids, reference.hasRegion],
  ] as const;
  for (const [field, ids, exists] of lists)
    for (const id of ids.filter((candidate) => !exists(candidate)))
      errors.push({ field, message: `names nothing with id "${id}"` });
  if (errors.length > 0) throw Invalid.fields(errors);
};

/**
 * Existing releases the draft would compete with, by the rules, levels and severity of competing-releases: open
 * at the same time with intersecting scopes, and sharing an objective, wording that says the same thing, or a
 * program profile.
 */
const competingWith = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  draft: ReleaseDraft,
  summary: ReleaseSummary,
): Promise<CompetingExisting[]> => {
  const { reference } = context;
  const [rows, texts, frequencies] = [
    await readReleases(reads, { from: draft.opens, to: draft.closes }),
    await readReleaseTexts(reads, { from: null, to: null }),
    await readObjectiveFrequencies(reads),
  ];
  const mine = withDays({
    ...draft,
    id: summary.id,
    amount: draft.amount ?? null,
    department_id: summary.agency.department.id,
  });
  texts.delete(mine.id);
  const classifier = new PairClassifier(
    [
      ...texts.values(),
      {
        id: mine.id,
        title: draft.title,
        description: draft.description ?? null,
        applicants: draft.eligible_applicants,
        notes: draft.notes ?? null,
      },
    ],
    frequencies,
    reference.objective,
  );
  const competing = rows
    .filter(
      (row) =>
        row.id !== mine.id &&
        scopesIntersect(row.sector_ids, draft.sector_ids) &&
        scopesIntersect(row.region_ids, draft.region_ids),
    )
    .flatMap((row) => {
      const other = withDays({ ...row, department_id: reference.departmentRow(row.agency_id).id });
      const sharesObjective = row.objective_ids.some((id) => draft.objective_ids.includes(id));
      // Found as the sweep finds pairs: by an objective, else by wording, else by the program profile.
      const byWording = !sharesObjective && classifier.text.similarity(mine.id, row.id) >= thresholds.wordingCandidate;
      const foundBy = sharesObjective ? 'objectives' : byWording ? 'wording' : 'profile';
      if (foundBy === 'profile' && !classifier.matchesByProfile(mine, other)) return [];
      const found = classifier.classify(mine, other, foundBy);
      const measures = measurePair(mine, other);
      return [{ row, other, measures, found }];
    })
    .sort((x, y) =>
      bySeverity({ a: mine, b: x.row, ...x.measures, ...x.found }, { a: mine, b: y.row, ...y.measures, ...y.found }),
    );
  const names = await readReleaseNames(
    reads,
    competing.map(({ row }) => row),
  );
  return competing.map(({ row, other, measures, found }) => ({
    release: releaseSummary(row, reference, names),
    ...measureFields(measures),
    shared_objectives: measures.shared.map(reference.objective),
    ...found,
    reasons: classifier.reasons(mine, other, found, {
      sharedObjectives: measures.shared,
      sameDepartment: measures.same_department,
      department: summary.agency.department.name,
      overlapDays: measures.overlap.days,
    }),
  }));
};

/** The draft's objectives that other agencies' streams already support. */
const duplicatedBy = (context: AnalyticsContext, draft: ReleaseDraft, streams: StreamRow[]): DuplicatedByDraft[] =>
  draft.objective_ids.flatMap((objectiveId) => {
    const supporters = [
      ...new Set(
        streams.filter((stream) => stream.objective_ids.includes(objectiveId)).map((stream) => stream.agency_id),
      ),
    ].sort();
    const agencies: AgencyWithDepartment[] = supporters.map(context.reference.agency);
    const after = supporters.includes(draft.agency_id) ? supporters.length : supporters.length + 1;
    if (after < 2) return [];
    return [
      {
        objective: context.reference.objective(objectiveId),
        agencies,
        agencies_before: supporters.length,
        agencies_after: after,
        already_duplicated: supporters.length >= 2,
        becomes_duplicated: supporters.length < 2,
      },
    ];
  });

const narrowedGaps = (
  served: RequestSummary[],
  analysis: GapAnalysis,
  draft: ReleaseDraft,
  unmatched: Set<string>,
): NarrowedGap[] =>
  analysis.gaps.flatMap((gap) => {
    const mine = served.filter((request) => request.solution?.id === gap.solution.id);
    if (mine.length === 0) return [];
    const countedAlready =
      draft.stream_id !== undefined && gap.eligible_streams.some((stream) => stream.id === draft.stream_id);
    const added = draft.amount !== undefined && !countedAlready ? draft.amount : 0;
    const cost = gap.estimated_cost;
    const newlyMatched = mine.filter((request) => unmatched.has(request.key)).length;
    if (newlyMatched === 0 && !(added > 0 && (gap.uncovered_amount ?? 0) > 0)) return [];
    return [
      {
        solution: { id: gap.solution.id, name: gap.solution.name },
        requests_served: mine.length,
        request_count: gap.request_count,
        coverage_before: gap.coverage,
        coverage_after: cost > 0 ? round4((gap.eligible_amount + added) / cost) : null,
        uncovered_before: gap.uncovered_amount,
        uncovered_after: cost > 0 ? Math.max(0, cost - gap.eligible_amount - added) : null,
        added_amount: added,
        newly_matched: newlyMatched,
      },
    ];
  });

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

const objectiveNames = (items: ReleaseCheckResponse['duplicated_objectives']) =>
  items.map((item) => item.objective.name).join(', ');

// "Adds" only where the count of agencies grows: where the issuing agency already funds the objective the
// table shows the same count before and after, and the sentence says so rather than claim it adds one.
const duplicationSentences = (response: Omit<ReleaseCheckResponse, 'summary'>): string[] => {
  const agency = response.draft.agency.name;
  const added = response.duplicated_objectives.filter((item) => item.agencies_after > item.agencies_before);
  const already = response.duplicated_objectives.filter((item) => item.agencies_after === item.agencies_before);
  return [
    ...(added.length > 0
      ? [
          `Adds ${agency} to ${plural(added.length, 'objective')} that other agencies already fund: ${objectiveNames(added)}.`,
        ]
      : []),
    ...(already.length > 0
      ? [
          `${agency} already funds ${plural(already.length, 'objective')} that other agencies fund too, so it adds no agency there: ${objectiveNames(already)}.`,
        ]
      : []),
  ];
};

const summarise = (response: Omit<ReleaseCheckResponse, 'summary'>): string[] => {
  const [worst] = response.competing;
  const newlyMatched = response.serves.requests.filter((request) => request.was_unmatched).length;
  return [
    worst
      ? `Competes with ${plural(response.competing.length, 'existing release')}; the most severe is "${worst.release.title}" (${worst.release.agency.name}): open together for ${plural(worst.overlap_days, 'day')}, both for ${worst.shared_objectives.map((o) => o.name).join(', ')}.`
      : 'Competes with no existing release.',
    ...duplicationSentences(response),
    `Would serve ${plural(response.serves.request_count, 'request')} from ${plural(response.serves.partnerships.length, 'partnership')}${newlyMatched > 0 ? `, ${newlyMatched} of them with no eligible stream today` : ''}.`,
    ...response.narrows.map(
      (gap) =>
        `Narrows the gap for ${gap.solution.name}${gap.added_amount > 0 ? ` by ${dollars(gap.added_amount)}` : ''}${gap.newly_matched > 0 ? `, matching ${plural(gap.newly_matched, 'request')} nothing served` : ''}.`,
    ),
  ];
};

/**
 * What a release would collide with and whom it would serve, before it is posted. Its fiscal year is its
 * stream's, else the state fiscal year holding `opens`; requests and streams are those of that year.
 */
export const checkRelease = async (
  reads: AnalyticsReads,
  baseContext: AnalyticsContext,
  draft: ReleaseDraft,
): Promise<ReleaseCheckResponse> => {
  const stream = draft.stream_id ? await reads.draftStream(draft.stream_id) : undefined;
  checkReferences(draft, baseContext, stream);
  const fiscalYear = releaseFiscalYear(stream?.fiscal_year, draft.opens);
  const context: AnalyticsContext = {
    ...baseContext,
    filters: { fiscal_year: fiscalYear, agency_id: null, sector_id: null, region_id: null },
    agencyIds: null,
  };
  const { reference } = context;
  const summary: ReleaseSummary = {
    id: draft.id ?? 'draft',
    title: draft.title,
    agency: reference.agency(draft.agency_id),
    stream: stream ? { id: stream.id, name: stream.name } : null,
    fiscal_year: fiscalYear,
    opens: draft.opens,
    closes: draft.closes,
    amount: draft.amount ?? null,
    objective_count: draft.objective_ids.length,
    sectors: draft.sector_ids.map(reference.sector),
    regions: draft.region_ids.map(reference.region),
  };
  const competing = await competingWith(reads, context, draft, summary);
  const analysis = await analyseGaps(reads, context, { explain: false });
  const unmatched = new Set(analysis.unmatched_requests.map((request) => request.key));
  const offer = { ...draft, id: summary.id };
  const served = analysis.requests.flatMap((request) => {
    const conditions = testEligibility(offer, needOf(request));
    if (!isEligible(conditions)) return [];
    return [{ ...request, via: conditions.via.map(reference.objective), was_unmatched: unmatched.has(request.key) }];
  });
  const partnerships = new Map(
    served.flatMap((request) => (request.partnership ? [[request.partnership.id, request.partnership] as const] : [])),
  );
  const response = {
    draft: {
      ...summary,
      objectives: draft.objective_ids.map(reference.objective),
      eligible_applicants: draft.eligible_applicants,
    },
    competing,
    duplicated_objectives: duplicatedBy(context, draft, analysis.streams),
    serves: {
      request_count: served.length,
      partnerships: [...partnerships.values()].map(({ id, name }) => ({ id, name })),
      requests: served,
    },
    narrows: narrowedGaps(served, analysis, draft, unmatched),
  };
  return { ...response, summary: summarise(response) };
};
