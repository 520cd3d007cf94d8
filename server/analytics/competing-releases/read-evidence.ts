import type { Tx } from '../../db/database.js';
import type { Period } from './index.js';
import type { ObjectiveFrequencies } from './specificity.js';

// The inputs of the classification that the lean release read leaves out: texts and applicant types (for
// the releases compared) and how many releases target each objective (over the whole map).

export interface ReleaseText {
  id: string;
  title: string;
  description: string | null;
  applicants: string[];
}

export const readReleaseTexts = async (tx: Tx, period: Period): Promise<Map<string, ReleaseText>> => {
  const rows = await tx.run<ReleaseText>('analytics/competing-releases/release-texts', { ...period });
  return new Map(rows.map((row) => [row.id, row]));
};

export const readObjectiveFrequencies = async (tx: Tx): Promise<ObjectiveFrequencies> => {
  const [row] = await tx.run<{ releases: number; targeting: Array<{ id: string; releases: number }> }>(
    'analytics/competing-releases/objective-frequencies',
    {},
  );
  return {
    releases: row?.releases ?? 0,
    targeting: new Map((row?.targeting ?? []).map(({ id, releases }) => [id, releases])),
  };
};
