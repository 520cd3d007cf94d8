import type { CompetingReleasesResponse } from '../../contract/analytics/competing-releases.js';
import type { DuplicatedObjectivesResponse } from '../../contract/analytics/duplicated-objectives.js';
import type { GapsResponse } from '../../contract/analytics/gaps.js';
import type { ScorecardResponse } from '../../contract/analytics/scorecard.js';
import type { GaoReviewResponse } from '../../contract/gao-review.js';
import type { FindingChange, YearChangesResponse } from '../../contract/analytics/changes.js';
import { nameSeries, type StreamMatching } from './match-streams.js';

// Gained and resolved findings between two years, each finding keyed by what stays from year to year: an
// objective or a solution by its id; a GAO pair by its two programs, a program's stream by its match in the
// other year; a competing pair by its two releases' agencies and title series (a release is new every year).

export interface YearAnswers {
  duplicated: DuplicatedObjectivesResponse;
  gao: GaoReviewResponse;
  competing: CompetingReleasesResponse;
  gaps: GapsResponse;
  scorecard: ScorecardResponse;
}

interface Diff<T> {
  from_count: number;
  to_count: number;
  gained: T[];
  resolved: T[];
}

export const gainedResolved = <T>(from: T[], to: T[], key: (item: T) => string): Diff<T> => {
  const fromKeys = new Set(from.map(key));
  const toKeys = new Set(to.map(key));
  return {
    from_count: fromKeys.size,
    to_count: toKeys.size,
    gained: to.filter((item) => !fromKeys.has(key(item))),
    resolved: from.filter((item) => !toKeys.has(key(item))),
  };
};

type Keyed = FindingChange & { key: string };

const findings = (gao: GaoReviewResponse, identity: (streamId: string) => string): Keyed[] => [
  ...gao.fragmentation.map((finding) => ({
    kind: 'fragmentation' as const,
    label: finding.area,
    stream_ids: finding.departments.flatMap((department) => department.programs.map((program) => program.id)),
    amount: finding.amount,
    key: `fragmentation|${finding.area}`,
  })),
  ...(['overlap', 'duplication'] as const).flatMap((kind) =>
    gao[kind].map((finding) => ({
      kind,
      label: `${finding.first.name} / ${finding.second.name}`,
      stream_ids: [finding.first.id, finding.second.id],
      amount: finding.amount,
      key: `${kind}|${[identity(finding.first.id), identity(finding.second.id)].sort().join('|')}`,
    })),
  ),
];

const withoutKey = ({ key: _key, ...finding }: Keyed): FindingChange => finding;

type Pair = CompetingReleasesResponse['pairs'][number];
const releaseSeries = (release: Pair['a']) => `${release.agency.id}|${nameSeries(release.title)}`;
const pairKey = (pair: Pair) => [releaseSeries(pair.a), releaseSeries(pair.b)].sort().join('||');
const competingChange = (pair: Pair) => ({
  a: { id: pair.a.id, name: pair.a.title, agency: pair.a.agency },
  b: { id: pair.b.id, name: pair.b.title, agency: pair.b.agency },
  combined_amount: pair.combined_amount,
});

export const compareYears = (
  from: YearAnswers,
  to: YearAnswers,
  matching: StreamMatching,
): Omit<YearChangesResponse, 'from' | 'to' | 'matching' | 'amount' | 'streams'> => {
  const laterId = new Map(matching.matched.map((match) => [match.from.id, match.to.id]));
  const gao = gainedResolved(
    findings(from.gao, (id) => laterId.get(id) ?? `ended|${id}`),
    findings(to.gao, (id) => id),
    (finding) => finding.key,
  );
  const gaps = gainedResolved(from.gaps.gaps, to.gaps.gaps, (gap) => gap.solution.id);
  const competing = gainedResolved(from.competing.pairs, to.competing.pairs, pairKey);
  const earlierIndicators = new Map(from.scorecard.indicators.map((indicator) => [indicator.id, indicator]));
  const measures = (indicator: ScorecardResponse['indicators'][number] | undefined) => ({
    value: indicator?.value ?? null,
    target: indicator?.target ?? null,
    status: indicator?.status ?? ('no_data' as const),
    detail: indicator?.detail ?? '',
  });
  return {
    duplicated_objectives: gainedResolved(
      from.duplicated.objectives.map(({ id, name }) => ({ id, name })),
      to.duplicated.objectives.map(({ id, name }) => ({ id, name })),
      (objective) => objective.id,
    ),
    gao_findings: { ...gao, gained: gao.gained.map(withoutKey), resolved: gao.resolved.map(withoutKey) },
    competing_pairs: {
      ...competing,
      gained: competing.gained.map(competingChange),
      resolved: competing.resolved.map(competingChange),
    },
    gaps: {
      ...gaps,
      gained: gaps.gained.map((gap) => ({
        solution: { id: gap.solution.id, name: gap.solution.name },
        request_count: gap.request_count,
        uncovered_amount: gap.uncovered_amount,
      })),
      resolved: gaps.resolved.map((gap) => ({
        solution: { id: gap.solution.id, name: gap.solution.name },
        request_count: gap.request_count,
        uncovered_amount: gap.uncovered_amount,
      })),
    },
    indicators: to.scorecard.indicators.map((indicator) => ({
      id: indicator.id,
      label: indicator.label,
      unit: indicator.unit,
      better: indicator.better,
      from: measures(earlierIndicators.get(indicator.id)),
      to: measures(indicator),
    })),
  };
};
