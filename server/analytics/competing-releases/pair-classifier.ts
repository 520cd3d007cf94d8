import type { CompetingLevel, CompetingReason } from '../../contract/analytics/competing-releases.js';
import type { Ref } from '../../contract/analytics/refs-and-filters.js';
import {
  compareActivityKinds,
  readActivityKinds,
  type ActivityKind,
  type ActivityComparison,
} from './activity-kinds.js';
import { compareApplicants, readApplicants, type Applicants } from './applicant-types.js';
import { classifyPair, thresholds } from './classify.js';
import { readInstrument, type Instrument } from './instruments.js';
import { comparePlaces, readPlaces, type PlaceComparison } from './places.js';
import { compareProfiles, readProgramProfile, type ProfileComparison, type ProgramProfile } from './program-profile.js';
import { pairReasons } from './reasons.js';
import { objectiveEvidence, specificityOf, type ObjectiveFrequencies } from './specificity.js';
import { TextIndex, type TextSource } from './text-similarity.js';
import { compareTitles, titleWords, type TitleComparison } from './title-tracks.js';

// Everything one request needs to classify pairs, built once: the BM25 index of the releases' texts, their
// applicant classes, and the objectives' specificity. Each pair then costs a sparse cosine and a few lookups.
// The texts' part is kept for the next request while the releases' texts are the same (a dashboard asks for
// the same map again and again); any change of id, title, description or applicants builds it anew.

type Source = TextSource & { applicants: readonly string[]; notes?: string | null };

interface TextParts {
  sources: readonly Source[];
  text: TextIndex;
  applicants: Map<string, Applicants>;
  titles: Map<string, Set<string>>;
  places: Map<string, string[]>;
  activities: Map<string, Set<ActivityKind>>;
  instruments: Map<string, Instrument>;
  profiles: Map<string, ProgramProfile>;
  /** Kinds of activity in the title and the description's opening: what one program profile needs in common. */
  openingActivities: Map<string, Set<ActivityKind>>;
}

/** How much of a description says what the release is for: its aim comes first (release-description.ts). */
const openingLength = 300;

let lastParts: TextParts | null = null;

const sameSources = (a: readonly Source[], b: readonly Source[]): boolean =>
  a.length === b.length &&
  a.every((x, index) => {
    const y = b[index] as Source;
    return (
      x.id === y.id &&
      x.title === y.title &&
      x.description === y.description &&
      (x.notes ?? null) === (y.notes ?? null) &&
      x.applicants.length === y.applicants.length &&
      x.applicants.every((applicant, at) => applicant === y.applicants[at])
    );
  });

const textParts = (sources: readonly Source[]): TextParts => {
  if (lastParts && sameSources(lastParts.sources, sources)) return lastParts;
  const applicants = new Map<string, Applicants>();
  const titles = new Map<string, Set<string>>();
  const places = new Map<string, string[]>();
  const activities = new Map<string, Set<ActivityKind>>();
  const instruments = new Map<string, Instrument>();
  const profiles = new Map<string, ProgramProfile>();
  const openingActivities = new Map<string, Set<ActivityKind>>();
  for (const source of sources) {
    applicants.set(source.id, readApplicants(source.applicants));
    titles.set(source.id, titleWords(source.title));
    places.set(source.id, readPlaces(`${source.title}\n${source.description ?? ''}`));
    activities.set(source.id, readActivityKinds(source.title));
    instruments.set(source.id, readInstrument(source.title, source.description));
    profiles.set(source.id, readProgramProfile(source.notes ?? null));
    const opening = `${source.title} ${(source.description ?? '').slice(0, openingLength)}`;
    openingActivities.set(source.id, readActivityKinds(opening));
  }
  lastParts = {
    sources: [...sources],
    text: new TextIndex(sources),
    applicants,
    titles,
    places,
    activities,
    instruments,
    profiles,
    openingActivities,
  };
  return lastParts;
};

export interface ClassifiedRelease {
  id: string;
  objective_ids: string[];
  /** Unknown: never one department with another release. */
  department_id?: string;
}

export interface PairClass {
  level: CompetingLevel;
  score: number;
  found_by: 'objectives' | 'wording' | 'profile';
  wording: number;
  objective_specificity: number;
  /** The counties each release names in its title and description (empty: statewide or not stated). */
  places: { a: string[]; b: string[] };
}

export interface PairContext {
  sharedObjectives: string[];
  sameDepartment: boolean;
  department: string;
  overlapDays: number;
}

export class PairClassifier {
  readonly text: TextIndex;
  private readonly applicants: Map<string, Applicants>;
  private readonly titles: Map<string, Set<string>>;
  private readonly places: Map<string, string[]>;
  private readonly activities: Map<string, Set<ActivityKind>>;
  private readonly instruments: Map<string, Instrument>;
  private readonly profiles: Map<string, ProgramProfile>;
  private readonly openingActivities: Map<string, Set<ActivityKind>>;
  private readonly specificity: (objectiveId: string) => number;

  constructor(
    sources: readonly Source[],
    private readonly frequencies: ObjectiveFrequencies,
    private readonly objective: (id: string) => Ref,
  ) {
    const parts = textParts(sources);
    this.text = parts.text;
    this.applicants = parts.applicants;
    this.titles = parts.titles;
    this.places = parts.places;
    this.activities = parts.activities;
    this.instruments = parts.instruments;
    this.profiles = parts.profiles;
    this.openingActivities = parts.openingActivities;
    this.specificity = specificityOf(frequencies);
  }

  private titlesOf = (a: string, b: string): TitleComparison =>
    compareTitles(this.titles.get(a) ?? new Set(), this.titles.get(b) ?? new Set());

  private applicantsOf = (id: string): Applicants => this.applicants.get(id) ?? readApplicants([]);

  /** The counties each release names (empty: statewide or not stated). */
  placesOf = (id: string): string[] => this.places.get(id) ?? [];

  activitiesOf = (id: string): Set<ActivityKind> => this.activities.get(id) ?? new Set();

  private activitiesBetween = (a: string, b: string): ActivityComparison =>
    compareActivityKinds(this.activitiesOf(a), this.activitiesOf(b));

  instrumentOf = (id: string): Instrument => this.instruments.get(id) ?? 'grant or loan';

  private placesBetween = (a: string, b: string): PlaceComparison => comparePlaces(this.placesOf(a), this.placesOf(b));

  private shareOpeningActivity = (a: string, b: string): boolean => {
    const kinds = this.openingActivities.get(b);
    for (const kind of this.openingActivities.get(a) ?? []) if (kinds?.has(kind)) return true;
    return false;
  };

  private profileOf = (id: string): ProgramProfile =>
    this.profiles.get(id) ?? { fundingSource: null, fundingType: null };

  private profilesBetween = (a: ClassifiedRelease, b: ClassifiedRelease): ProfileComparison => {
    const applicantsA = this.applicantsOf(a.id);
    const applicantsB = this.applicantsOf(b.id);
    return compareProfiles({
      sameDepartment: a.department_id !== undefined && a.department_id === b.department_id,
      applicants: compareApplicants(applicantsA, applicantsB),
      applicantsA,
      applicantsB,
      instruments: [this.instrumentOf(a.id), this.instrumentOf(b.id)],
      profiles: [this.profileOf(a.id), this.profileOf(b.id)],
      activitiesDiffer: this.activitiesBetween(a.id, b.id).different,
      sameKindOfProject: this.titlesOf(a.id, b.id).shared > 0 || this.shareOpeningActivity(a.id, b.id),
    });
  };

  /** A pair with no objective in common found by its program profile: the profiles match, the notices read alike. */
  matchesByProfile = (a: ClassifiedRelease, b: ClassifiedRelease): boolean => {
    // The sweep asks every pair of one department open together: the cheap tests first, the full profile last.
    if (a.department_id === undefined || a.department_id !== b.department_id) return false;
    if (this.instrumentOf(a.id) !== 'grant or loan' || this.instrumentOf(b.id) !== 'grant or loan') return false;
    if (this.text.similarity(a.id, b.id) < thresholds.profileWording) return false;
    return this.profilesBetween(a, b).same;
  };

  classify = (a: ClassifiedRelease, b: ClassifiedRelease, foundBy: PairClass['found_by']): PairClass => {
    const objectives = objectiveEvidence(this.specificity, a.objective_ids, b.objective_ids);
    const wording = this.text.similarity(a.id, b.id);
    const { level, score } = classifyPair({
      wording,
      described: this.text.described.has(a.id) && this.text.described.has(b.id),
      foundByWording: foundBy === 'wording',
      foundByProfile: foundBy === 'profile',
      profile: this.profilesBetween(a, b),
      objectives,
      applicants: compareApplicants(this.applicantsOf(a.id), this.applicantsOf(b.id)),
      titles: this.titlesOf(a.id, b.id),
      places: this.placesBetween(a.id, b.id),
      activities: this.activitiesBetween(a.id, b.id),
      instruments: [this.instrumentOf(a.id), this.instrumentOf(b.id)],
    });
    return {
      level,
      score,
      found_by: foundBy,
      wording,
      objective_specificity: objectives.specificity,
      places: { a: this.placesOf(a.id), b: this.placesOf(b.id) },
    };
  };

  /** Reasons are worded only for the pairs shown. */
  reasons = (a: ClassifiedRelease, b: ClassifiedRelease, found: PairClass, context: PairContext): CompetingReason[] => {
    const applicantsA = this.applicantsOf(a.id);
    const applicantsB = this.applicantsOf(b.id);
    return pairReasons({
      shared: context.sharedObjectives.map((id) => ({
        ...this.objective(id),
        specificity: this.specificity(id),
        releases: this.frequencies.targeting.get(id) ?? 0,
      })),
      mapReleases: this.frequencies.releases,
      wording: found.wording,
      words: this.text.sharedWords(a.id, b.id),
      described: this.text.described.has(a.id) && this.text.described.has(b.id),
      applicantsA,
      applicantsB,
      applicants: compareApplicants(applicantsA, applicantsB),
      sameDepartment: context.sameDepartment,
      department: context.department,
      overlapDays: context.overlapDays,
      foundByWording: found.found_by === 'wording',
      foundByProfile: found.found_by === 'profile',
      profile: this.profilesBetween(a, b),
      titles: this.titlesOf(a.id, b.id),
      placesA: this.placesOf(a.id),
      placesB: this.placesOf(b.id),
      places: this.placesBetween(a.id, b.id),
      activitiesA: [...this.activitiesOf(a.id)],
      activitiesB: [...this.activitiesOf(b.id)],
      activities: this.activitiesBetween(a.id, b.id),
      instruments: [this.instrumentOf(a.id), this.instrumentOf(b.id)],
      readable: this.text.readable,
    });
  };
}
