import { z } from 'zod';
import { createBundleBuilder, type BundleBuilder } from './bundle-builder.js';
import { cleanParagraphs, cleanText, splitList, cleanWebAddress } from './clean-text.js';
import { decodeText } from './decode-text.js';
import { matchObjectives, type ObjectiveMapping } from './objective-mapping.js';
import { releaseDescription } from './release-description.js';
import { releaseWindow, type WindowOptions } from './release-window.js';
import { readAmount } from './source-amounts.js';
import { readDate } from './source-dates.js';
import { idPart, slugify } from './source-ids.js';
import { statedBeneficiaries } from './stated-beneficiaries.js';
import { parseSourceOptions, releaseOptionFields, SourceFileError } from './source-options.js';
import { defineSource } from './source-descriptor.js';
import type { ImportSource } from './types.js';

// The Pennsylvania grants portal export (pa.gov/grants): a JSON object whose `grants` list holds one grant
// release per item, with the issuing agency, category, open and close dates and total funds as free text.

export const paPortalOptionsSchema = z.object({ ...releaseOptionFields }).strict();

const source = 'pa-portal';
const portalUrl = 'https://www.pa.gov/grants/search';

type PaGrant = Record<string, unknown>;

const readGrants = (name: string, content: Buffer | string): PaGrant[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(decodeText(content));
  } catch (error) {
    throw new SourceFileError(source, `${name} is not JSON (${(error as Error).message})`);
  }
  const grants = Array.isArray(parsed) ? parsed : (parsed as { grants?: unknown } | null)?.grants;
  if (!Array.isArray(grants)) throw new SourceFileError(source, `${name} has no "grants" list`);
  const notObject = grants.findIndex((grant) => typeof grant !== 'object' || grant === null || Array.isArray(grant));
  if (notObject !== -1)
    throw new SourceFileError(source, `${name}: grant ${notObject + 1} of the "grants" list is not an object`);
  return grants as PaGrant[];
};

const notesFor = (grant: PaGrant, amountKnown: boolean, usedCategories: boolean): string => {
  const field = (label: string, key: string) => {
    const value = cleanText(grant[key]);
    return value ? `${label}: ${value}.` : '';
  };
  const totalFunds = cleanText(grant.totalFundsToBeAwarded);
  return [
    field('Status', 'status'),
    field('Funding source', 'fundingSource'),
    field('Funding type', 'fundingType'),
    field('Grant cycle', 'grantCycle'),
    field('Matching funds', 'matchingFundsRequirements'),
    !amountKnown && totalFunds ? `Total funds as published: ${totalFunds}.` : '',
    usedCategories ? field('Applicant type', 'applicantType') : '',
  ]
    .filter(Boolean)
    .join(' ');
};

const importGrant = (
  builder: BundleBuilder,
  mapping: ObjectiveMapping,
  settings: WindowOptions,
  file: string,
  grant: PaGrant,
  row: number,
) => {
  const id = `pa-${idPart(grant.slug ?? row)}`;
  const title = cleanText(grant.title);
  const asOf = readDate(grant.last_modified);
  const as_of = asOf.kind === 'date' ? asOf.date : undefined;
  const repeat = builder.repeatOf(id, file, row);
  if (repeat) return builder.skip({ file, row, id, title, reason: `repeats ${repeat}` });
  const agencyName = cleanText(grant.issuingAgency);
  if (!agencyName) return builder.skip({ file, row, id, title, reason: 'no issuing agency' });
  const agency_id = `pa-${slugify(agencyName)}`;
  builder.addAgency({
    id: agency_id,
    name: agencyName,
    acronym: cleanText(grant.shortIssuingAgency).toUpperCase() || undefined,
    level: 'state',
    source_url: cleanWebAddress(grant.issuingAgencyUrl),
    as_of,
  });

  const window = releaseWindow(readDate(grant.openDate), readDate(grant.closeDate), settings);
  if (!window.ok) return builder.skip({ file, row, id, title, reason: window.reason });
  window.warnings.forEach((message) => builder.warn({ file, row, id, message }));

  const category = cleanText(grant.category);
  const objective_ids = matchObjectives(mapping, source, {
    categories: category ? [category] : [],
    title,
    text: `${title}\n${cleanParagraphs(grant.overview || grant.shortDescription)}`,
  });
  if (objective_ids.length === 0)
    return builder.unmapped({
      file,
      row,
      id,
      title,
      reason: `no objective in the mapping matches category ${category ? `"${category}"` : '(none)'} or the title and overview`,
    });

  const amount = readAmount(grant.totalFundsToBeAwarded);
  // The portal's applicant categories are a short fixed list; its applicant types are free text.
  const categories = splitList(grant.applicantCategory);
  const link = cleanText(grant.linkToApply);
  builder.addRelease({
    id,
    title,
    agency_id,
    opens: window.opens,
    closes: window.closes,
    amount,
    objective_ids,
    sector_ids: [],
    region_ids: [],
    // Who is served as the population-served and applicant fields state it; what is bought is not a field of
    // the portal, so it is left blank (not known) rather than guessed from the overview.
    beneficiary_ids: statedBeneficiaries({
      population: splitList(grant.populationServedType),
      // Some categories come as one comma-separated string ("Business, Individual, Municipality").
      applicants: categories.length > 0 ? splitList(grant.applicantCategory, /[;,\n]/) : splitList(grant.applicantType),
    }),
    activity_ids: [],
    eligible_applicants: categories.length > 0 ? categories : splitList(grant.applicantType),
    description: releaseDescription(grant.overview || grant.shortDescription, [
      ['Eligibility', grant.eligibility],
      ['Applicants', grant.applicantType],
      ['Serves', grant.populationServedType],
      ['Geography', grant.populationServedGeography],
    ]),
    source_url: /^https?:\/\//.test(link) ? link : portalUrl,
    as_of,
    notes: [notesFor(grant, amount !== undefined, categories.length > 0), ...window.notes].filter(Boolean).join(' '),
  });
};

export const importPaPortal: ImportSource = ({ files, mapping, options }) => {
  const settings = parseSourceOptions(source, paPortalOptionsSchema, options);
  if (files.length !== 1) throw new SourceFileError(source, `expects one JSON file, got ${files.length}`);
  const file = files[0]!;
  const builder = createBundleBuilder(mapping);
  readGrants(file.name, file.content).forEach((grant, index) => {
    builder.countRead();
    importGrant(builder, mapping, settings, file.name, grant, index + 1);
  });
  return builder.result();
};

export const paPortalSource = defineSource({
  name: 'pa-portal',
  label: 'Pennsylvania grants portal export (JSON)',
  options: paPortalOptionsSchema,
  optionText: {
    openEndedCloses: {
      label: 'Close date for releases the source lists as never closing (optional; otherwise they are skipped)',
    },
  },
  run: importPaPortal,
});
