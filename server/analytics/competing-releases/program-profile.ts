import type { Applicants, ApplicantComparison } from './applicant-types.js';
import type { Instrument } from './instruments.js';

// A release's program profile: what the portal's structured fields say about it, whatever the mapping made of
// its category. Two releases of one department, open to the same applicant classes, paying by the same instrument
// (a grant or a loan, not a tax credit or a rebate: those reach taxpayers and buyers for what they already do)
// from the same funding source where both name one, whose titles name no different kinds of activity but share a
// word or a kind of activity (title and the description's opening), and whose notices read somewhat alike, run
// programs for the same kind of project in one office (two rounds of one conservancy under different bonds, two
// municipal planning programs of one department). The shared word or kind matters: one department's programs
// share its notice boilerplate (CFA's Act 13 programs), so wording alone says little. Such a pair is a
// candidate even without a shared objective, and at least similar; the classification decides whether it
// competes. The importers keep the funding source and type in a release's notes ("Funding source: ...").

export interface ProgramProfile {
  /** The portal's funding source ("Commonwealth Financing Authority (CFA)", "State"); null when not given. */
  fundingSource: string | null;
  /** The portal's funding type as a kind of money ("grant", "loan"); null when not given or both. */
  fundingType: 'grant' | 'loan' | 'tax credit' | null;
}

const noteField = (notes: string, label: string): string | null => {
  const match = new RegExp(`(?:^|\\. )${label}: ([^.]+)\\.`).exec(notes);
  return match ? (match[1] as string).trim() : null;
};

const kindOfMoney = (text: string | null): ProgramProfile['fundingType'] => {
  if (text === null) return null;
  const value = text.toLowerCase();
  if (/\btax\b/.test(value)) return 'tax credit';
  const loan = /\b(loans?|bonds?|financing)\b/.test(value);
  const grant = /\b(grants?|reimbursements?)\b/.test(value);
  return loan === grant ? null : loan ? 'loan' : 'grant';
};

/** The funding source and type the importers wrote into a release's notes (PA "Funding type", CA "Funding method"). */
export const readProgramProfile = (notes: string | null): ProgramProfile => {
  const text = notes ?? '';
  return {
    fundingSource: noteField(text, 'Funding source'),
    fundingType: kindOfMoney(noteField(text, 'Funding type') ?? noteField(text, 'Funding method')),
  };
};

export interface ProfileInput {
  sameDepartment: boolean;
  applicants: ApplicantComparison;
  applicantsA: Applicants;
  applicantsB: Applicants;
  instruments: [Instrument, Instrument];
  profiles: [ProgramProfile, ProgramProfile];
  activitiesDiffer: boolean;
  /** The titles share a word (generic and money words left out) or the texts name a kind of activity in common. */
  sameKindOfProject: boolean;
}

export interface ProfileComparison {
  /** One department, the same applicants, instrument and funding: one program profile. */
  same: boolean;
  fundingSource: string | null;
}

const bothUnknown = ({ applicantsA, applicantsB }: ProfileInput) =>
  applicantsA.classes.size === 0 && applicantsB.classes.size === 0;

export const compareProfiles = (input: ProfileInput): ProfileComparison => {
  const [a, b] = input.profiles;
  const sameSource = a.fundingSource === null || b.fundingSource === null || a.fundingSource === b.fundingSource;
  const sameType = a.fundingType === null || b.fundingType === null || a.fundingType === b.fundingType;
  const same =
    input.sameDepartment &&
    (input.applicants.shared.length > 0 || bothUnknown(input)) &&
    !input.applicants.disjoint &&
    input.instruments[0] === 'grant or loan' &&
    input.instruments[1] === 'grant or loan' &&
    sameType &&
    sameSource &&
    !input.activitiesDiffer &&
    input.sameKindOfProject;
  return { same, fundingSource: same && a.fundingSource === b.fundingSource ? a.fundingSource : null };
};
