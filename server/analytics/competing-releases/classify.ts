import type { CompetingLevel } from '../../contract/analytics/competing-releases.js';
import type { ApplicantComparison } from './applicant-types.js';
import type { ActivityComparison } from './activity-kinds.js';
import type { Instrument } from './instruments.js';
import type { PlaceComparison } from './places.js';
import type { ProfileComparison } from './program-profile.js';
import type { ObjectiveEvidence } from './specificity.js';
import type { TitleComparison } from './title-tracks.js';

// The level of a pair of releases open at the same time (docs/analytics.md, "Competing releases"):
// - competing: substantially the same kind of project for an overlapping pool of applicants;
// - similar: a specific program area in common, but different activities, applicants or places;
// - incidental: only a broad objective in common and little else.
// The evidence: how alike their words are (BM25 cosine of title and description), how specific the
// objectives they share are, whether their applicants can overlap (classes; a tax credit against a grant), whether
// they are tracks of one program, the places and kinds of activity their texts name, and whether they have one
// program profile (program-profile.ts: department, applicants, instrument, funding source and type).

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
  /** Titles that look like tracks of one program are tracks when their notices say this much the same. */
  trackWording: 0.5,
  /** One program profile and wording this alike: the same program area (found so, or lifted from incidental). */
  profileWording: 0.12,
} as const;

export interface PairEvidence {
  /** BM25 cosine of the two releases' titles and descriptions. */
  wording: number;
  /** Both releases have a description (not only a title) to compare. */
  described: boolean;
  foundByWording: boolean;
  /** Found by the program profile alone (no objective in common, wording below the wording candidates'). */
  foundByProfile: boolean;
  profile: ProfileComparison;
  objectives: ObjectiveEvidence;
  applicants: ApplicantComparison;
  titles: TitleComparison;
  places: PlaceComparison;
  activities: ActivityComparison;
  instruments: [Instrument, Instrument];
}

export interface Classification {
  level: CompetingLevel;
  /** 0 to 1: how strongly the evidence says the two fund the same thing for the same applicants. */
  score: number;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

/** Two tracks of one program: titles that differ by their own words over the same notice text. */
export const areTracks = ({ titles, wording }: Pick<PairEvidence, 'titles' | 'wording'>): boolean =>
  titles.tracks && wording >= thresholds.trackWording;

/**
 * What keeps two releases of one program area from competing: clearly different applicants (classes, or a tax
 * credit against a grant), tracks of one program, different places or different activities.
 */
export const separatedBy = (evidence: PairEvidence): boolean =>
  evidence.applicants.disjoint ||
  evidence.instruments[0] !== evidence.instruments[1] ||
  areTracks(evidence) ||
  evidence.places.different ||
  evidence.activities.different;

export const pairScore = (evidence: PairEvidence): number => {
  const { wording, objectives, applicants } = evidence;
  const applicantsTerm = applicants.disjoint ? 0 : applicants.shared.length > 0 ? 1 : 0.5;
  const separated = separatedBy(evidence) ? 0.5 : 1;
  return round(
    separated *
      (0.55 * wording + 0.3 * objectives.specificity * (0.5 + 0.5 * objectives.overlap) + 0.15 * applicantsTerm),
  );
};

/** One program profile and notices that read somewhat alike: a program area in common, whatever the mapping. */
export const oneProgramArea = ({ profile, wording }: Pick<PairEvidence, 'profile' | 'wording'>): boolean =>
  profile.same && wording >= thresholds.profileWording;

/**
 * Without a description on both sides there is no wording to weigh against the mapping: the pair keeps the
 * reading of the objectives it shares (competing), unless something else separates it. A pair found by its
 * program profile alone competes when its notices say the same thing and its titles share a word; otherwise
 * it is similar (the profile is the program area they share).
 */
export const classifyPair = (evidence: PairEvidence): Classification => {
  const { wording, described, foundByWording, foundByProfile } = evidence;
  if (foundByProfile) {
    const same = wording >= thresholds.sameWording && evidence.titles.shared > 0 && !separatedBy(evidence);
    return { level: same ? 'competing' : 'similar', score: pairScore(evidence) };
  }
  const sameProject = !described || wording >= (foundByWording ? thresholds.sameWordingAlone : thresholds.sameWording);
  const level: CompetingLevel =
    sameProject && !separatedBy(evidence)
      ? 'competing'
      : sameProject || wording >= thresholds.similarWording || oneProgramArea(evidence)
        ? 'similar'
        : 'incidental';
  return { level, score: pairScore(evidence) };
};
