import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import type { Period, ReleaseText } from '../../repositories/analytics-input-rows.js';
import type { ObjectiveFrequencies } from './specificity.js';

// The inputs of the classification that the lean release read leaves out: texts and applicant types (for
// the releases compared) and how many releases target each objective (over the whole map).

export const readReleaseTexts = async (reads: AnalyticsReads, period: Period): Promise<Map<string, ReleaseText>> => {
  const rows = await reads.releaseTexts(period);
  return new Map(rows.map((row) => [row.id, row]));
};

export const readObjectiveFrequencies = async (reads: AnalyticsReads): Promise<ObjectiveFrequencies> => {
  const row = await reads.objectiveFrequencies();
  return {
    releases: row?.releases ?? 0,
    targeting: new Map((row?.targeting ?? []).map(({ id, releases }) => [id, releases])),
  };
};
