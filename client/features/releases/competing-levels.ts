import type { CompetingLevel, CompetingPair } from '@contract/analytics/competing-releases.js';

// How the Competing releases view names levels, bands severity and reads its own URL parameters: pure, so the
// view, the timeline and their tests agree.

export const levelLabels: Record<CompetingLevel, string> = {
  competing: 'Competing',
  similar: 'Similar',
  incidental: 'Incidental',
};

export const levelHints: Record<CompetingLevel, string> = {
  competing: 'The same kind of project for overlapping applicants: merge, sequence or coordinate the rounds.',
  similar: 'A program area in common, but different activities, applicants or places: one message to applicants.',
  incidental: 'Only a broad objective in common.',
};

/** Which levels the list shows: the default (competing and similar), competing only, or every level. */
export const levelChoices = ['default', 'competing', 'all'] as const;
export type LevelChoice = (typeof levelChoices)[number];

export const readLevelChoice = (value: string | null): LevelChoice =>
  value === 'competing' || value === 'all' ? value : 'default';

/** The API's `level` parameter for a choice (none for the default). */
export const levelParam = (choice: LevelChoice): 'competing' | 'all' | undefined =>
  choice === 'default' ? undefined : choice;

export type DepartmentChoice = 'any' | 'within' | 'across';

export const readDepartmentChoice = (value: string | null): DepartmentChoice =>
  value === 'within' || value === 'across' ? value : 'any';

export const departmentParam = (choice: DepartmentChoice): 'true' | 'false' | undefined =>
  choice === 'any' ? undefined : choice === 'within' ? 'true' : 'false';

/** low under 1/3, high from 2/3: the colour of a severity bar. */
export const severityBand = (severity: number): 'low' | 'medium' | 'high' =>
  severity >= 2 / 3 ? 'high' : severity >= 1 / 3 ? 'medium' : 'low';

const rank: Record<CompetingLevel, number> = { competing: 2, similar: 1, incidental: 0 };

/** Sorts the list as the API does: competing first, then similar, then incidental; most severe first in each. */
export const levelOrder = (pair: Pick<CompetingPair, 'level' | 'severity'>): number =>
  rank[pair.level] + pair.severity / 2;

/** The strongest level each release reaches in the pairs listed (the timeline colours its bar by it). */
export const strongestLevels = (pairs: readonly CompetingPair[]): Map<string, CompetingLevel> => {
  const strongest = new Map<string, CompetingLevel>();
  for (const pair of pairs)
    for (const id of [pair.a.id, pair.b.id]) {
      const known = strongest.get(id);
      if (known === undefined || rank[pair.level] > rank[known]) strongest.set(id, pair.level);
    }
  return strongest;
};

/** An agency as people read it: its name, with the acronym as a hint. */
export const agencyLabel = (agency: { name: string; acronym: string | null }): string =>
  agency.acronym && agency.acronym !== agency.name ? `${agency.name} (${agency.acronym})` : agency.name;
