import { z } from 'zod';
import { createBundleBuilder, type BundleBuilder } from './bundle-builder.js';
import { cleanParagraphs, cleanText, splitList, cleanWebAddress } from './clean-text.js';
import { decodeText } from './decode-text.js';
import { matchObjectives, type ObjectiveMapping } from './objective-mapping.js';
import { readSourceCsv } from './read-source-csv.js';
import { releaseDescription } from './release-description.js';
import { releaseWindow, type WindowOptions } from './release-window.js';
import { readAmount } from './source-amounts.js';
import { readDate } from './source-dates.js';
import { idPart, slugify } from './source-ids.js';
import { parseSourceOptions, releaseOptionFields, SourceFileError } from './source-options.js';
import { defineSource } from './source-descriptor.js';
import { statedBeneficiaries } from './stated-beneficiaries.js';
import type { ImportSource, SourceFile } from './types.js';

// The California Grants Portal (data.ca.gov dataset 111c8c88-21f6-453c-ae2c-b4785a0624f5), either as its CSV
// download or as the datastore's `fields` + `records` JSON dump. Both use the same column names.

export const caPortalOptionsSchema = z.object({ ...releaseOptionFields }).strict();

const source = 'ca-portal';
const portalUrl = 'https://www.grants.ca.gov/';

type CaRecord = Record<string, unknown>;

/** The JSON dump lists records as arrays in field order; the datastore API lists them as objects. */
const recordsFromJson = (name: string, text: string): CaRecord[] => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SourceFileError(source, `${name} is not JSON (${(error as Error).message})`);
  }
  const body = (parsed as { result?: unknown } | null)?.result ?? parsed;
  const { fields, records } = (body ?? {}) as { fields?: Array<{ id: string }>; records?: unknown[] };
  if (!Array.isArray(records)) throw new SourceFileError(source, `${name} has no "records" list`);
  return records.map((record, index) => {
    if (typeof record !== 'object' || record === null)
      throw new SourceFileError(source, `${name}: record ${index + 1} of the "records" list is not an object`);
    if (!Array.isArray(record)) return record as CaRecord;
    if (!Array.isArray(fields) || fields.some((field) => typeof field?.id !== 'string'))
      throw new SourceFileError(source, `${name} lists records as arrays but has no "fields" with ids`);
    return Object.fromEntries(fields.map((field, column) => [field.id, record[column]]));
  });
};

const readRecords = (file: SourceFile): CaRecord[] => {
  const text = decodeText(file.content);
  if (/^\s*[[{]/.test(text)) return recordsFromJson(file.name, text);
  const csv = readSourceCsv(text);
  if (!csv.header.includes('PortalID')) throw new SourceFileError(source, `${file.name} has no PortalID column`);
  return csv.records.map((record) => ({ ...record.values, __row: record.row }));
};

const notesFor = (record: CaRecord, amountKnown: boolean): string => {
  const field = (label: string, key: string) => {
    const value = cleanText(record[key]);
    return value ? `${label}: ${value}.` : '';
  };
  return [
    field('Status', 'Status'),
    field('Type', 'Type'),
    field('Department grant ID', 'GrantID'),
    field('Funding source', 'FundingSource'),
    field('Matching funds', 'MatchingFunds'),
    field('Funding method', 'FundingMethod'),
    field('Estimated awards', 'EstAwards'),
    field('Estimated award amounts', 'EstAmounts'),
    field('Geography', 'Geography'),
    !amountKnown && cleanText(record.EstAvailFunds)
      ? field('Estimated available funds as published', 'EstAvailFunds')
      : '',
  ]
    .filter(Boolean)
    .join(' ');
};

const importRecord = (
  builder: BundleBuilder,
  mapping: ObjectiveMapping,
  settings: WindowOptions,
  file: string,
  record: CaRecord,
  row: number,
) => {
  const id = `ca-${idPart(record.PortalID ?? row)}`;
  const title = cleanText(record.Title);
  const asOf = readDate(record.LastUpdated);
  const as_of = asOf.kind === 'date' ? asOf.date : undefined;
  const repeat = builder.repeatOf(id, file, row);
  if (repeat) return builder.skip({ file, row, id, title, reason: `repeats ${repeat}` });
  const agencyName = cleanText(record.AgencyDept);
  if (!agencyName) return builder.skip({ file, row, id, title, reason: 'no agency or department' });
  // Some departments are written "CA Arts Council"; the id does not repeat the state.
  const agency_id = `ca-${slugify(agencyName).replace(/^ca-/, '')}`;
  builder.addAgency({
    id: agency_id,
    name: agencyName,
    level: 'state',
    source_url: cleanWebAddress(record.AgencyURL),
    as_of,
  });

  const window = releaseWindow(readDate(record.OpenDate), readDate(record.ApplicationDeadline), settings);
  if (!window.ok) return builder.skip({ file, row, id, title, reason: window.reason });
  window.warnings.forEach((message) => builder.warn({ file, row, id, message }));

  const categories = splitList(record.Categories);
  const objective_ids = matchObjectives(mapping, source, {
    categories,
    title,
    // The long Description lists every allowed activity and would match nearly any keyword; Purpose says the aim.
    text: `${title}\n${cleanParagraphs(record.Purpose)}`,
  });
  if (objective_ids.length === 0)
    return builder.unmapped({
      file,
      row,
      id,
      title,
      reason: `no objective in the mapping matches categories ${categories.length > 0 ? categories.map((c) => `"${c}"`).join(', ') : '(none)'} or the title and purpose`,
    });

  const amount = readAmount(record.EstAvailFunds);
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
    // Who is served as the applicant types state it; what is bought is only in the long description, so it is
    // left blank (not known) rather than guessed.
    beneficiary_ids: statedBeneficiaries({ applicants: splitList(record.ApplicantType) }),
    activity_ids: [],
    eligible_applicants: splitList(record.ApplicantType),
    description: releaseDescription(record.Purpose, [
      ['Activities', record.Description],
      ['Applicants', record.ApplicantTypeNotes],
      ['Geography', record.Geography],
    ]),
    source_url: cleanWebAddress(record.GrantURL) ?? portalUrl,
    as_of,
    notes: [notesFor(record, amount !== undefined), ...window.notes].filter(Boolean).join(' '),
  });
};

export const importCaPortal: ImportSource = ({ files, mapping, options }) => {
  const settings = parseSourceOptions(source, caPortalOptionsSchema, options);
  if (files.length === 0) throw new SourceFileError(source, 'expects the CSV download or the JSON dump');
  const builder = createBundleBuilder(mapping);
  for (const file of files)
    readRecords(file).forEach((record, index) => {
      builder.countRead();
      // CSV rows carry their spreadsheet row; JSON records are numbered from 1.
      const row = typeof record.__row === 'number' ? record.__row : index + 1;
      importRecord(builder, mapping, settings, file.name, record, row);
    });
  return builder.result();
};

export const caPortalSource = defineSource({
  name: 'ca-portal',
  label: 'California Grants Portal (CSV download or JSON)',
  options: caPortalOptionsSchema,
  optionText: {
    openEndedCloses: {
      label: 'Close date for releases the source lists as never closing (optional; otherwise they are skipped)',
    },
  },
  run: importCaPortal,
});
