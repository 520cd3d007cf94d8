import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { Period } from '../../repositories/analytics-input-rows.js';
import { bySeverity, competingPair, measurePair, withDays, type PairMeasures } from './pair.js';
import type { CompetingLevel, CompetingReleasesResponse } from '../../contract/analytics/competing-releases.js';
import { thresholds } from './classify.js';
import { PairClassifier, type PairClass } from './pair-classifier.js';
import { readObjectiveFrequencies, readReleaseTexts } from './read-evidence.js';
import { findWordingCandidates } from './wording-candidates.js';
import { findProfileCandidates } from './profile-candidates.js';
import type { AnalyticsContext } from '../shared/context.js';
import { readReleases, readReleaseNames, releaseSummary, type ReleaseRow } from '../shared/releases.js';
import { scopeCovers } from '../shared/scope.js';
import { sweepCompetingPairs, type SweepRelease } from './sweep.js';
import { TopN } from '../shared/top-n.js';

/** Which pairs to list: their levels, and within one department or across (null: both). */
export interface PairSelection {
  levels: readonly CompetingLevel[];
  sameDepartment: boolean | null;
}

export const defaultSelection: PairSelection = { levels: ['competing', 'similar'], sameDepartment: null };

const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a > b ? a : b);
const earlier = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a < b ? a : b);

/**
 * Which releases to read: those meeting the period and, with a fiscal year, the days that year's releases are
 * open (a release outside them cannot compete with one of the year).
 */
const readingSpan = async (reads: AnalyticsReads, fiscalYear: number | null, period: Period): Promise<Period> => {
  if (fiscalYear === null) return period;
  const span = await reads.releaseSpan(fiscalYear);
  if (!span || span.from === null || span.to === null) return { from: '9999-12-31', to: '0000-01-01' };
  return { from: later(period.from, span.from), to: earlier(period.to, span.to) };
};

type Candidate = ReleaseRow & SweepRelease & { department_id: string; open_day: number; close_day: number };
type Found = PairMeasures & PairClass & { a: Candidate; b: Candidate };

/**
 * Releases that compete for the same applicants at the same time: the toolkit's red flag. A pair is a
 * candidate when either release is of the fiscal year (so none is missed at a year's edge), either is of the
 * agency (or a division of it), both releases' scopes cover the sector and region filters, the overlap meets
 * [from, to], and they share an objective, their wording says they fund the same thing, or they have one program
 * profile (one department, the same applicants, instrument and funding: program-profile.ts). Each candidate is
 * classified competing, similar or incidental (competing-releases/classify.ts); `selection` says which to list.
 */
export const findCompetingReleases = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  period: Period,
  limit: number,
  selection: PairSelection = defaultSelection,
): Promise<CompetingReleasesResponse> => {
  const { filters, agencyIds, reference } = context;
  const selected = agencyIds === null ? null : new Set(agencyIds);
  const span = await readingSpan(reads, filters.fiscal_year, period);
  const [rows, texts, frequencies] = [
    await readReleases(reads, span),
    await readReleaseTexts(reads, span),
    await readObjectiveFrequencies(reads),
  ];
  const candidates: Candidate[] = rows
    .filter(
      (row) =>
        (filters.sector_id === null || scopeCovers(row.sector_ids, filters.sector_id)) &&
        (filters.region_id === null || scopeCovers(row.region_ids, filters.region_id)),
    )
    .map((row) => ({
      ...withDays(row),
      department_id: reference.departmentRow(row.agency_id).id,
      anchor: filters.fiscal_year === null || row.fiscal_year === filters.fiscal_year,
    }));
  const classifier = new PairClassifier(
    candidates.map(
      (row) => texts.get(row.id) ?? { id: row.id, title: row.id, description: null, applicants: [], notes: null },
    ),
    frequencies,
    reference.objective,
  );
  const counts = { competing: 0, similar: 0, incidental: 0 };
  const listed = new Set(selection.levels);
  const best = new TopN<Found>(limit, bySeverity);
  const consider = (a: Candidate, b: Candidate, foundBy: PairClass['found_by']) => {
    if (selected !== null && !selected.has(a.agency_id) && !selected.has(b.agency_id)) return;
    const measures = measurePair(a, b);
    if (selection.sameDepartment !== null && measures.same_department !== selection.sameDepartment) return;
    const found = classifier.classify(a, b, foundBy);
    counts[found.level] += 1;
    if (listed.has(found.level)) best.offer({ a, b, ...measures, ...found });
  };
  sweepCompetingPairs(candidates, (a, b) => consider(a, b, 'objectives'));
  const byWording = new Set<string>();
  findWordingCandidates(candidates, classifier.text, thresholds.wordingCandidate, (a, b) => {
    byWording.add(`${a.id}\n${b.id}`);
    consider(a, b, 'wording');
  });
  findProfileCandidates(
    candidates,
    (a, b) => !byWording.has(`${a.id}\n${b.id}`) && classifier.matchesByProfile(a, b),
    (a, b) => consider(a, b, 'profile'),
  );
  const shown = best.sorted();
  const names = await readReleaseNames(
    reads,
    shown.flatMap(({ a, b }) => [a, b]),
  );
  const pairs = shown.map(({ a, b, level, score, found_by, wording, objective_specificity, places, ...measures }) => {
    const found = { level, score, found_by, wording, objective_specificity, places };
    const reasons = classifier.reasons(a, b, found, {
      sharedObjectives: measures.shared,
      sameDepartment: measures.same_department,
      department: reference.departmentRow(a.agency_id).name,
      overlapDays: measures.overlap.days,
    });
    return competingPair(
      releaseSummary(a, reference, names),
      releaseSummary(b, reference, names),
      measures,
      reference.objective,
      found,
      reasons,
    );
  });
  return {
    filters: { ...filters, ...period, levels: [...selection.levels], same_department: selection.sameDepartment },
    total: best.count,
    counts,
    limit,
    pairs,
  };
};
