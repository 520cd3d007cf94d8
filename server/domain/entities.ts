import { z } from 'zod';
import {
  date,
  enumOf,
  fiscalYear,
  id,
  idList,
  list,
  money,
  optionalDate,
  optionalEnumOf,
  optionalFiscalYear,
  optionalInteger,
  optionalMoney,
  optionalRef,
  optionalText,
  percent,
  provenance,
  requiredIdList,
  text,
} from './fields.js';

// The single source of truth for every entity of the funding graph and of the interchange format
// (docs/data-format.md). Field names are the column names of the CSV files and XLSX sheets.

export const agencyLevels = ['federal', 'state', 'regional', 'local', 'private'] as const;
export const streamSources = ['federal', 'state', 'local', 'private', 'philanthropic'] as const;
export const flexibilities = ['restricted', 'moderate', 'flexible'] as const;
export const partnershipStages = ['exploring', 'launching', 'implementing', 'sustaining'] as const;

export const agencySchema = z.object({
  id: id(),
  name: text(),
  acronym: optionalText(),
  level: enumOf(agencyLevels),
  kind: optionalText(),
  parent_id: optionalRef(),
  ...provenance,
});

export const objectiveSchema = z.object({
  id: id(),
  name: text(),
  category: optionalText(),
  ...provenance,
});

// Who a program serves and what its money buys: a state's own terms, like objectives (docs/data-format.md).
export const beneficiarySchema = z.object({
  id: id(),
  name: text(),
  ...provenance,
});

export const activitySchema = z.object({
  id: id(),
  name: text(),
  ...provenance,
});

export const sectorSchema = z.object({
  id: id(),
  name: text(),
  naics: list(),
  ...provenance,
});

export const regionSchema = z.object({
  id: id(),
  name: text(),
  ...provenance,
});

export const fundingStreamSchema = z.object({
  id: id(),
  name: text(),
  agency_id: id(),
  source: enumOf(streamSources),
  assistance_listing: optionalText(),
  fiscal_year: fiscalYear(),
  amount: money(),
  obligated: optionalMoney(),
  expended: optionalMoney(),
  flexibility: optionalEnumOf(flexibilities),
  match_percent: percent(),
  eligible_applicants: list(),
  objective_ids: requiredIdList(),
  sector_ids: idList(),
  region_ids: idList(),
  beneficiary_ids: idList(),
  activity_ids: idList(),
  passes_through_id: optionalRef(),
  expires: optionalDate(),
  ...provenance,
});

export const partnershipSchema = z.object({
  id: id(),
  name: text(),
  region_id: id(),
  sector_ids: requiredIdList(),
  stage: optionalEnumOf(partnershipStages),
  applicant_type: optionalText(),
  business_champions: optionalInteger(0, 100000, 'a whole number of business champions'),
  ...provenance,
});

export const solutionSchema = z.object({
  id: id(),
  name: text(),
  category: optionalText(),
  objective_ids: requiredIdList(),
  ...provenance,
});

export const requestSchema = z.object({
  partnership_id: id(),
  solution_id: id(),
  priority: optionalInteger(1, 5, 'a priority from 1 (highest) to 5'),
  year: optionalFiscalYear(),
  estimated_cost: optionalMoney(),
  ...provenance,
});

// A release's stream and amount may be unknown (a state portal rarely names the funding stream, and
// "Pending" amounts stay blank rather than becoming zero).
export const releaseSchema = z
  .object({
    id: id(),
    title: text(),
    agency_id: id(),
    stream_id: optionalRef(),
    opens: date(),
    closes: date(),
    amount: optionalMoney(),
    objective_ids: requiredIdList(),
    sector_ids: idList(),
    region_ids: idList(),
    beneficiary_ids: idList(),
    activity_ids: idList(),
    eligible_applicants: list(),
    /** What the release funds, for whom and where, in the source's words: the competing-releases analytic reads it. */
    description: optionalText(),
    ...provenance,
  })
  .refine((release) => release.closes >= release.opens, {
    message: 'must not be before opens',
    path: ['closes'],
    // Judged whenever both dates are dates, even if other fields fail, so a row lists every problem it has.
    when: ({ value }) => {
      const { opens, closes } = (value ?? {}) as { opens?: unknown; closes?: unknown };
      return [opens, closes].every((day) => typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day));
    },
  });

export const awardSchema = z.object({
  stream_id: id(),
  partnership_id: id(),
  amount: money(),
  fiscal_year: optionalFiscalYear(),
  release_id: optionalRef(),
  ...provenance,
});

export type Agency = z.infer<typeof agencySchema>;
export type Objective = z.infer<typeof objectiveSchema>;
export type Beneficiary = z.infer<typeof beneficiarySchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Region = z.infer<typeof regionSchema>;
export type FundingStream = z.infer<typeof fundingStreamSchema>;
export type Partnership = z.infer<typeof partnershipSchema>;
export type Solution = z.infer<typeof solutionSchema>;
export type Request = z.infer<typeof requestSchema>;
export type Release = z.infer<typeof releaseSchema>;
export type Award = z.infer<typeof awardSchema>;
