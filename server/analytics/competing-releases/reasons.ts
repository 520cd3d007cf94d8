import type { CompetingReason } from '../../contract/analytics/competing-releases.js';
import type { Ref } from '../../contract/analytics/refs-and-filters.js';
import type { ApplicantComparison, Applicants } from './applicant-types.js';
import { areTracks, thresholds } from './classify.js';
import type { ActivityComparison } from './activity-kinds.js';
import type { Instrument } from './instruments.js';
import type { PlaceComparison } from './places.js';
import type { ProfileComparison } from './program-profile.js';
import type { TitleComparison } from './title-tracks.js';

// The reasons for a pair's level, in the words a budget analyst would use: what the two releases share
// (specific objectives, wording, applicants, a department) and what separates them.

export interface ReasonInput {
  shared: Array<Ref & { specificity: number; releases: number }>;
  mapReleases: number;
  wording: number;
  words: string[];
  described: boolean;
  applicantsA: Applicants;
  applicantsB: Applicants;
  applicants: ApplicantComparison;
  sameDepartment: boolean;
  department: string;
  overlapDays: number;
  foundByWording: boolean;
  foundByProfile: boolean;
  profile: ProfileComparison;
  titles: TitleComparison;
  placesA: string[];
  placesB: string[];
  places: PlaceComparison;
  activitiesA: string[];
  activitiesB: string[];
  activities: ActivityComparison;
  instruments: [Instrument, Instrument];
  readable: (term: string) => string;
}

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const days = (count: number) => `${count} day${count === 1 ? '' : 's'}`;
const shares = (kind: CompetingReason['kind'], text: string): CompetingReason => ({ kind, sense: 'shares', text });
const separates = (kind: CompetingReason['kind'], text: string): CompetingReason => ({
  kind,
  sense: 'separates',
  text,
});

const objectiveReasons = (input: ReasonInput): CompetingReason[] => {
  if (input.foundByWording) return [separates('objectives', 'No mapped objective in common: found by their wording.')];
  if (input.foundByProfile)
    return [separates('objectives', 'No mapped objective in common: found by their program profile.')];
  const specific = input.shared.filter((o) => o.specificity >= thresholds.specificObjective);
  const broad = input.shared.filter((o) => o.specificity < thresholds.specificObjective);
  const reasons: CompetingReason[] = [];
  if (specific.length > 0)
    reasons.push(
      shares(
        'objectives',
        `Both target ${list(specific.map((o) => `${o.name} (${o.releases} of ${input.mapReleases} releases)`))}.`,
      ),
    );
  if (broad.length > 0)
    reasons[specific.length > 0 ? 'push' : 'unshift'](
      (specific.length > 0 ? shares : separates)(
        'objectives',
        `${specific.length > 0 ? 'Also share' : 'Share only'} broad ${broad.length === 1 ? 'objective' : 'objectives'} ${list(
          broad.map((o) => `${o.name} (${o.releases} of ${input.mapReleases} releases)`),
        )}.`,
      ),
    );
  return reasons;
};

const wordingReason = (input: ReasonInput): CompetingReason => {
  if (!input.described)
    return shares(
      'wording',
      'No description on both releases to compare: judged on the objectives, applicants and titles they share.',
    );
  const what = 'titles and descriptions';
  if (input.wording >= thresholds.sameWording)
    return shares('wording', `Their ${what} say the same thing (wording ${input.wording}): ${list(input.words)}.`);
  if (input.wording >= thresholds.similarWording)
    return shares('wording', `Their ${what} overlap in part (wording ${input.wording}): ${list(input.words)}.`);
  return separates(
    'wording',
    input.words.length > 0
      ? `Their ${what} have little in common (wording ${input.wording}; shared: ${list(input.words)}).`
      : `Their ${what} have no telling word in common.`,
  );
};

const applicantReason = (input: ReasonInput): CompetingReason | null => {
  const { applicants, applicantsA, applicantsB } = input;
  if (applicants.unknown) return null;
  if (applicants.shared.length > 0) return shares('applicants', `Both open to ${list(applicants.shared)}.`);
  if (applicants.disjoint)
    return separates(
      'applicants',
      `Different applicants: ${list([...applicantsA.classes])} against ${list([...applicantsB.classes])}.`,
    );
  return null;
};

const tracksReason = ({ titles, wording, readable }: ReasonInput): CompetingReason[] =>
  areTracks({ titles, wording })
    ? [
        separates(
          'wording',
          `Two tracks of one program: ${list(titles.onlyA.map(readable))} against ${list(titles.onlyB.map(readable))}.`,
        ),
      ]
    : [];

const placeReason = ({ places, placesA, placesB }: ReasonInput): CompetingReason | null => {
  if (places.different) return separates('places', `Different places: ${list(placesA)} against ${list(placesB)}.`);
  if (places.shared.length > 0) return shares('places', `Both serve ${list(places.shared)}.`);
  // One names places, the other none: a statewide release also serves those places.
  const named = placesA.length > 0 ? placesA : placesB;
  return named.length > 0
    ? shares('places', `One serves ${list(named)}; the other names no place (statewide or not stated).`)
    : null;
};

const activityReason = ({ activities, activitiesA, activitiesB }: ReasonInput): CompetingReason | null => {
  if (activities.different)
    return separates('wording', `Different activities: ${list(activitiesA)} against ${list(activitiesB)}.`);
  if (activities.shared.length > 0) return shares('wording', `Both fund ${list(activities.shared)}.`);
  return null;
};

/** One department, the same applicants, the same instrument and funding: say so, with what the portal gave. */
const profileReason = ({ profile, applicants, department, wording }: ReasonInput): CompetingReason | null => {
  if (!profile.same || wording < thresholds.profileWording) return null;
  const who = applicants.shared.length > 0 ? ` for ${list(applicants.shared)}` : '';
  const from = profile.fundingSource ? `, funded from ${profile.fundingSource}` : '';
  return shares('department', `One program profile: both are ${department} grants or loans${who}${from}.`);
};

const instrumentReason = ({ instruments: [a, b] }: ReasonInput): CompetingReason | null =>
  a === b
    ? a === 'grant or loan'
      ? null
      : shares('applicants', `Both are ${a === 'tax credit' ? 'tax credits' : 'rebates'}.`)
    : separates('applicants', `A ${a} against a ${b}: they reach different applicants.`);

export const pairReasons = (input: ReasonInput): CompetingReason[] => {
  const applicants = applicantReason(input);
  const places = placeReason(input);
  const activities = activityReason(input);
  const instruments = instrumentReason(input);
  const profile = profileReason(input);
  return [
    ...objectiveReasons(input),
    wordingReason(input),
    ...tracksReason(input),
    ...(activities ? [activities] : []),
    ...(applicants ? [applicants] : []),
    ...(instruments ? [instruments] : []),
    ...(places ? [places] : []),
    ...(profile ? [profile] : []),
    ...(input.sameDepartment
      ? [shares('department', `Both issued within ${input.department}: one department can coordinate them.`)]
      : []),
    shares('window', `Open together for ${days(input.overlapDays)}.`),
  ];
};
