import type { CompetingLevel } from '../../contract/analytics/competing-releases.js';
import type { ApplicantComparison } from './applicant-types.js';
import type { ObjectiveEvidence } from './specificity.js';
import type { TitleComparison } from './title-tracks.js';

// The level of a pair of releases open at the same time (docs/analytics.md, "Competing releases"):
// - competing: substantially the same kind of project for an overlapping pool of applicants;
// - similar: a specific program area in common, but different activities, applicants or places;
// - incidental: only a broad objective in common and little else.
// The evidence: how alike their words are (BM25 cosine of title and description), how specific the
// objectives they share are, and whether their applicants can overlap.

/** The thresholds, in one place (docs/analytics.md gives them in words). */
export const thresholds = {
  /** Objectives this specific or more are a program area, not a broad theme. */
  specificObjective: 0.45,
  /** Wording this alike says the same kind of project. */
  sameWording: 0.2,
  /** Found by wording alone (no objective in common), it takes this much to say the same kind of project. */
  sameWordingAlone: 0.5,
  /** Wording this alike makes two releases of one program area similar. */
  similarWording: 0.17,
  /** Pairs found by wording alone (no objective in common) need this much to be listed at all. */
  wordingCandidate: 0.33,
} as const;

export interface PairEvidence {
  /** BM25 cosine of the two releases' titles and descriptions. */
  wording: number;
  /** Both releases have a description (not only a title) to compare. */
  described: boolean;
  foundByWording: boolean;
  objectives: ObjectiveEvidence;
  applicants: ApplicantComparison;
  titles: TitleComparison;
}

export interface Classification {
  level: CompetingLevel;
  /** 0 to 1: how strongly the evidence says the two fund the same thing for the same applicants. */
  score: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export const pairScore = ({ wording, objectives, applicants, titles }: PairEvidence): number => {
  const applicantsTerm = applicants.disjoint ? 0 : applicants.shared.length > 0 ? 1 : 0.5;
  const tracks = titles.tracks ? 0.5 : 1;
  return round(
    tracks * (0.55 * wording + 0.3 * objectives.specificity * (0.5 + 0.5 * objectives.overlap) + 0.15 * applicantsTerm),
  );
};

/**
 * Without a description on both sides there is no wording to weigh against the mapping: the pair keeps the
 * reading of the objectives it shares (competing), unless the applicants or the titles' tracks separate it.
 */
export const classifyPair = (evidence: PairEvidence): Classification => {
  const { wording, described, applicants, titles, foundByWording } = evidence;
  const sameProject = !described || wording >= (foundByWording ? thresholds.sameWordingAlone : thresholds.sameWording);
  const separated = applicants.disjoint || titles.tracks;
  const level: CompetingLevel =
    sameProject && !separated
      ? 'competing'
      : sameProject || wording >= thresholds.similarWording
        ? 'similar'
        : 'incidental';
  return { level, score: pairScore(evidence) };
};
