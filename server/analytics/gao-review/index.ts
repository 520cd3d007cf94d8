import type { GaoPairFinding, GaoReviewResponse } from '../../contract/gao-review.js';
import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { AnalyticsContext } from '../shared/context.js';
import { TopN } from '../shared/top-n.js';
import { classifyPrograms, type ClassifiedPair } from './classify.js';
import { gaoSource, nextSteps } from './next-steps.js';
import { fragmentationFinding, pairFinding, type Namer } from './present.js';
import { groupPrograms, type Program } from './programs.js';
import { readReviewInputs } from './read-inputs.js';

// GET /api/analytics/gao-review: read the year's streams, group them into programs, classify, name the findings.

const byMoney = (a: ClassifiedPair, b: ClassifiedPair): number =>
  b.first.amount + b.second.amount - (a.first.amount + a.second.amount) ||
  a.first.id.localeCompare(b.first.id) ||
  a.second.id.localeCompare(b.second.id);

const classAmount = (programs: Iterable<Program>): number =>
  [...new Set(programs)].reduce((total, unit) => total + unit.amount, 0);

export const findGaoReview = async (
  reads: AnalyticsReads,
  context: AnalyticsContext,
  limit: number,
): Promise<GaoReviewResponse> => {
  const { reference, filters, agencyIds } = context;
  const inputs = await readReviewInputs(reads, filters);
  const programs = groupPrograms(inputs.streams, (agencyId) => reference.department(agencyId).id);
  const areaObjectives = (unit: Program, area?: string): string[] =>
    [...unit.objectiveIds].filter((id) => {
      const category = reference.objectiveWithCategory(id).category;
      return category !== null && (area === undefined || category === area);
    });
  const areasCache = new Map<Program, Set<string>>();
  const areasOf = (unit: Program): Set<string> => {
    let areas = areasCache.get(unit);
    if (!areas) {
      areas = new Set(areaObjectives(unit).map((id) => reference.objectiveWithCategory(id).category as string));
      areasCache.set(unit, areas);
    }
    return areas;
  };
  const classification = classifyPrograms(programs, areasOf);

  // With an agency filter: the findings one of whose programs that agency (or a division) administers.
  const selected = agencyIds === null ? null : new Set(agencyIds);
  const involves = (unit: Program) => selected === null || [...unit.agencyIds].some((id) => selected.has(id));
  const namer: Namer = { reference, inputs };
  const top = { overlap: new TopN(limit, byMoney), duplication: new TopN(limit, byMoney) };
  const members = { overlap: [] as Program[], duplication: [] as Program[], fragmentation: [] as Program[] };
  for (const pair of classification.pairs) {
    if (!involves(pair.first) && !involves(pair.second)) continue;
    top[pair.kind].offer(pair);
    members[pair.kind].push(pair.first, pair.second);
  }
  const areas = classification.areas.filter((area) => area.programs.some(involves));
  for (const area of areas) members.fragmentation.push(...area.programs);
  const fragmentation = areas
    .map((area) => fragmentationFinding(namer, area, (unit) => areaObjectives(unit, area.area)))
    .sort((a, b) => b.department_count - a.department_count || b.amount - a.amount || a.area.localeCompare(b.area));
  const pairs = (kind: ClassifiedPair['kind']): GaoPairFinding[] =>
    top[kind].sorted().map((pair) => pairFinding(namer, pair));
  const shown = programs.filter(involves);
  return {
    filters,
    source: gaoSource,
    summary: {
      programs: shown.length,
      streams: shown.reduce((count, unit) => count + unit.streams.length, 0),
      amount: classAmount(shown),
      fragmentation: {
        count: fragmentation.length,
        amount: classAmount(members.fragmentation),
        next_step: nextSteps.fragmentation,
      },
      overlap: { count: top.overlap.count, amount: classAmount(members.overlap), next_step: nextSteps.overlap },
      duplication: {
        count: top.duplication.count,
        amount: classAmount(members.duplication),
        next_step: nextSteps.duplication,
      },
      not_known: {
        streams_without_beneficiaries: shown
          .flatMap((unit) => unit.streams)
          .filter((row) => row.beneficiary_ids.length === 0).length,
        streams_without_activities: shown.flatMap((unit) => unit.streams).filter((row) => row.activity_ids.length === 0)
          .length,
        undetermined_pairs: classification.undetermined,
      },
    },
    fragmentation,
    overlap: pairs('overlap'),
    duplication: pairs('duplication'),
  };
};
