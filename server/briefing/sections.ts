import type { DataAsOf } from '../repositories/briefing-inputs.js';
import type { CompetingPair, CompetingReleasesResponse } from '../contract/analytics/competing-releases.js';
import type { GapsResponse } from '../contract/analytics/gaps.js';
import type { RepurposeResponse } from '../contract/analytics/repurpose.js';
import type { Indicator, ScorecardResponse } from '../contract/analytics/scorecard.js';
import type { BriefingItem, BriefingSection } from '../contract/briefing.js';
import type { GaoReviewResponse } from '../contract/gao-review.js';
import type { YearChangesResponse } from '../contract/analytics/changes.js';
import { changesSection } from './changes-section.js';
import { count, dollars, share } from './figures.js';

// The analytics' answers -> the briefing's sections: pure, so the figures can be checked against the API.

export interface YearAnswers {
  fiscalYear: number;
  gao: GaoReviewResponse;
  competing: CompetingReleasesResponse;
  gaps: GapsResponse;
  repurpose: RepurposeResponse;
  scorecard: ScorecardResponse;
}

export type AsOf = DataAsOf;

/** Where each figure comes from: the API call that answers it. */
export const sources = (year: number) => ({
  gao: `/api/analytics/gao-review?fiscal_year=${year}`,
  competing: `/api/analytics/competing-releases?fiscal_year=${year}`,
  gaps: `/api/analytics/gaps?fiscal_year=${year}`,
  repurpose: `/api/analytics/repurpose?fiscal_year=${year}`,
  scorecard: `/api/analytics/scorecard?fiscal_year=${year}`,
});

const item = (
  label: string,
  value: string,
  number: number | null,
  detail: string | null,
  source: string,
  as_of: string | null,
): BriefingItem => ({ label, value, number, detail, source, as_of });

const indicatorValue = (indicator: Pick<Indicator, 'unit' | 'value'>): string =>
  indicator.value === null ? 'no data' : indicator.unit === 'share' ? share(indicator.value) : count(indicator.value);

const statusWords: Record<Indicator['status'], string> = {
  met: 'target met',
  not_met: 'target not met',
  no_target: 'no target set',
  no_data: 'nothing to measure',
};

const headline = ({ fiscalYear, gao }: YearAnswers, asOf: AsOf): BriefingSection => {
  const source = sources(fiscalYear).gao;
  const { summary } = gao;
  return {
    id: 'headline',
    title: `FY${fiscalYear} at a glance`,
    items: [
      item(
        'Funding',
        dollars(summary.amount),
        summary.amount,
        `${count(summary.streams)} streams in ${count(summary.programs)} programs, pass-through counted once`,
        source,
        asOf.streams,
      ),
      item(
        'Duplication (GAO)',
        `${count(summary.duplication.count)} pairs`,
        summary.duplication.count,
        `${dollars(summary.duplication.amount)} involved`,
        source,
        asOf.streams,
      ),
      item(
        'Overlap (GAO)',
        `${count(summary.overlap.count)} pairs`,
        summary.overlap.count,
        `${dollars(summary.overlap.amount)} involved`,
        source,
        asOf.streams,
      ),
      item(
        'Fragmentation (GAO)',
        `${count(summary.fragmentation.count)} areas`,
        summary.fragmentation.count,
        `${dollars(summary.fragmentation.amount)} involved`,
        source,
        asOf.streams,
      ),
    ],
    note: null,
  };
};

const indicators = ({ fiscalYear, scorecard }: YearAnswers, asOf: AsOf): BriefingSection => ({
  id: 'indicators',
  title: 'Indicators against their targets',
  items: scorecard.indicators.map((indicator) =>
    item(
      indicator.label,
      indicatorValue(indicator),
      indicator.value,
      `${statusWords[indicator.status]}${indicator.target === null ? '' : ` (target ${indicatorValue({ unit: indicator.unit, value: indicator.target })})`}. ${indicator.detail}`,
      sources(fiscalYear).scorecard,
      asOf.streams,
    ),
  ),
  note: scorecard.indicators.length === 0 ? 'Every indicator is hidden in the scorecard settings.' : null,
});

const names = (items: ReadonlyArray<{ name: string }>, most = 4): string =>
  items.length > most
    ? `${items
        .slice(0, most)
        .map((entry) => entry.name)
        .join(', ')} and ${items.length - most} more`
    : items.map((entry) => entry.name).join(', ');

const duplication = ({ fiscalYear, gao }: YearAnswers, asOf: AsOf): BriefingSection => ({
  id: 'duplication',
  title: 'Largest duplications and GAO findings',
  items: [
    ...gao.duplication
      .slice(0, 3)
      .map((finding) =>
        item(
          `${finding.first.name} and ${finding.second.name}`,
          dollars(finding.amount),
          finding.amount,
          `Duplication: ${names(finding.departments)}; both buy ${names(finding.activities.shared)} for ${names(finding.beneficiaries.shared)}.`,
          sources(fiscalYear).gao,
          asOf.streams,
        ),
      ),
    ...gao.fragmentation
      .slice(0, 2)
      .map((finding) =>
        item(
          `${finding.area}: ${finding.department_count} departments`,
          dollars(finding.amount),
          finding.amount,
          `Fragmentation: ${names(finding.departments)}.`,
          sources(fiscalYear).gao,
          asOf.streams,
        ),
      ),
  ],
  note:
    gao.duplication.length === 0 && gao.fragmentation.length === 0
      ? 'No duplication or fragmentation found.'
      : gao.summary.duplication.next_step,
});

const pairItem = (pair: CompetingPair, source: string, asOf: string | null): BriefingItem =>
  item(
    `${pair.a.title} and ${pair.b.title}`,
    pair.amount_known ? dollars(pair.combined_amount) : 'amount not known',
    pair.amount_known ? pair.combined_amount : null,
    `${pair.same_department ? 'Within one department' : 'Across departments'} (${pair.a.agency.name}; ${pair.b.agency.name}), open together ${count(pair.overlap_days)} days.`,
    source,
    asOf,
  );

const competing = ({ fiscalYear, competing: answer }: YearAnswers, asOf: AsOf): BriefingSection => {
  const worst = answer.pairs.slice(0, 3);
  const within = answer.pairs.find((pair) => pair.same_department);
  const shown = within && !worst.includes(within) ? [...worst, within] : worst;
  return {
    id: 'competing',
    title: 'Worst competing releases',
    items: shown.map((pair) => pairItem(pair, sources(fiscalYear).competing, asOf.releases)),
    note: `${count(answer.total)} competing pairs in all.`,
  };
};

const gaps = ({ fiscalYear, gaps: answer }: YearAnswers, asOf: AsOf): BriefingSection => ({
  id: 'gaps',
  title: 'Biggest gaps',
  items: answer.gaps
    .slice(0, 3)
    .map((gap) =>
      item(
        gap.solution.name,
        gap.uncovered_amount === null ? 'cost not known' : `${dollars(gap.uncovered_amount)} short`,
        gap.uncovered_amount,
        `${count(gap.request_count)} requests; eligible money ${dollars(gap.eligible_amount)}; ${count(gap.unmatched_count)} with nothing eligible.`,
        sources(fiscalYear).gaps,
        asOf.requests,
      ),
    ),
  note: answer.gaps.length === 0 ? 'No requested solution lacks funding.' : null,
});

const repurpose = ({ fiscalYear, repurpose: answer }: YearAnswers, asOf: AsOf): BriefingSection => ({
  id: 'repurpose',
  title: 'Re-purposing candidates',
  items: answer.candidates
    .slice(0, 3)
    .map((candidate) =>
      item(
        candidate.name,
        `${dollars(candidate.idle_amount)} idle`,
        candidate.idle_amount,
        `${candidate.agency.name}. ${candidate.reasons[0] ?? ''}`.trim(),
        sources(fiscalYear).repurpose,
        asOf.streams,
      ),
    ),
  note: answer.candidates.length === 0 ? 'No flexible money sits idle.' : null,
});

export const briefingSections = (
  current: YearAnswers,
  changes: YearChangesResponse | null,
  asOf: AsOf,
): BriefingSection[] => [
  headline(current, asOf),
  indicators(current, asOf),
  duplication(current, asOf),
  competing(current, asOf),
  gaps(current, asOf),
  repurpose(current, asOf),
  changesSection(changes, asOf),
];
