import { z } from 'zod';
import type { Agency } from '../domain/entities.js';
import { optionalDate } from '../domain/fields.js';
import { createBundleBuilder, type BundleBuilder } from './bundle-builder.js';
import { cleanText, splitList } from './clean-text.js';
import { decodeText } from './decode-text.js';
import { federalDepartment, federalSubAgency } from './federal-agencies.js';
import { matchObjectives, type ObjectiveMapping } from './objective-mapping.js';
import { readSourceCsv, type CsvRecord } from './read-source-csv.js';
import { releaseWindow, type WindowOptions } from './release-window.js';
import { readAmount } from './source-amounts.js';
import { readDate } from './source-dates.js';
import { idPart } from './source-ids.js';
import { parseSourceOptions, releaseOptionFields, SourceFileError } from './source-options.js';
import { defineSource } from './source-descriptor.js';
import type { ImportSource } from './types.js';

// The Grants.gov search export (CSV) -> federal releases. The export carries no total funding, no Assistance
// Listing and no agency names: releases have no amount and no stream, and agencies are named by their codes.

export const grantsGovOptionsSchema = z
  .object({
    ...releaseOptionFields,
    /** Date of the export; by default the newest posted date in the file (the export cannot be older). */
    asOf: optionalDate(),
  })
  .strict();

const source = 'grants-gov';
const searchUrl = (number: string) => `https://simpler.grants.gov/search?query=${encodeURIComponent(number)}`;

// Forecast rows repeat field labels ("Category of Funding Activity:") where values would be.
const isLabel = (value: string): boolean => /^[A-Za-z ]+:$/.test(value);
const cell = (values: Record<string, string>, column: string): string => {
  const value = cleanText(values[column]);
  return isLabel(value) ? '' : value;
};

// The export runs the instrument types together ("Cooperative AgreementGrant").
const instruments = (value: string): string[] =>
  value.match(/Cooperative Agreement|Procurement Contract|Grant|Other/g) ?? (value ? [value] : []);

const agenciesFor = (code: string, as_of: string | undefined): Agency[] => {
  const [top = code, second] = code.split('-');
  const department = federalDepartment(top, top, { as_of });
  if (!second) return [department];
  const subCode = `${top}-${second}`;
  const notes = 'Grants.gov agency code; the search export gives codes, not names.';
  return [department, federalSubAgency(department, subCode, subCode, { as_of, notes })];
};

const newestPostedDate = (records: CsvRecord[]): string | undefined =>
  records
    .map((record) => readDate(record.values['Posted Date']))
    .flatMap((reading) => (reading.kind === 'date' ? [reading.date] : []))
    .sort()
    .at(-1);

const notesFor = (values: Record<string, string>, code: string): string => {
  const ceiling = readAmount(cell(values, 'Award Ceiling'));
  const floor = readAmount(cell(values, 'Award Floor'));
  const matching = cell(values, 'Matching');
  return [
    `Status: ${cell(values, 'Opportunity Status')}.`,
    `Agency code: ${code}.`,
    instruments(cell(values, 'Instrument Type')).length > 0
      ? `Instrument: ${instruments(cell(values, 'Instrument Type')).join(', ')}.`
      : '',
    matching ? `Cost sharing or matching required: ${matching}.` : '',
    ceiling ? `Award ceiling: $${ceiling.toLocaleString('en-US')}.` : '',
    floor ? `Award floor: $${floor.toLocaleString('en-US')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
};

interface ExportRun {
  builder: BundleBuilder;
  mapping: ObjectiveMapping;
  settings: WindowOptions;
  file: string;
  asOf: string | undefined;
}

const importOpportunity = (run: ExportRun, { row, values }: CsvRecord) => {
  const { builder, file } = run;
  const number = cell(values, 'Opportunity Number');
  const id = `grants-gov-${idPart(number || row)}`;
  const title = cell(values, 'Opportunity Title');
  const repeat = builder.repeatOf(id, file, row);
  if (repeat) return builder.skip({ file, row, id, title, reason: `repeats ${repeat}` });
  const code = cell(values, 'Agency');
  if (!code) return builder.skip({ file, row, id, title, reason: 'no agency code' });
  const agencies = agenciesFor(code, run.asOf);
  agencies.forEach(builder.addAgency);

  const window = releaseWindow(readDate(values['Posted Date']), readDate(values['Close Date']), run.settings);
  if (!window.ok)
    return builder.skip({ file, row, id, title, reason: window.reason.replaceAll('open date', 'posted date') });
  window.warnings.forEach((message) => builder.warn({ file, row, id, message }));

  const categories = splitList(values.Category).filter((category) => !isLabel(category));
  const objective_ids = matchObjectives(run.mapping, source, { categories, title, text: title });
  if (objective_ids.length === 0)
    return builder.unmapped({
      file,
      row,
      id,
      title,
      reason: `no objective in the mapping matches categories ${categories.map((c) => `"${c}"`).join(', ') || '(none)'} or the title`,
    });

  builder.addRelease({
    id,
    title,
    agency_id: agencies.at(-1)!.id,
    opens: window.opens,
    closes: window.closes,
    objective_ids,
    sector_ids: [],
    region_ids: [],
    // Who is served and what is bought are left blank (not known) rather than guessed from free text.
    beneficiary_ids: [],
    activity_ids: [],
    eligible_applicants: [],
    source_url: searchUrl(number),
    as_of: run.asOf,
    notes: [notesFor(values, code), ...window.notes].join(' '),
  });
};

export const importGrantsGov: ImportSource = ({ files, mapping, options }) => {
  const settings = parseSourceOptions(source, grantsGovOptionsSchema, options);
  if (files.length === 0) throw new SourceFileError(source, 'expects the Grants.gov search export (CSV)');
  const builder = createBundleBuilder(mapping);

  for (const file of files) {
    const csv = readSourceCsv(decodeText(file.content));
    if (!csv.header.includes('Opportunity Number'))
      throw new SourceFileError(source, `${file.name} has no "Opportunity Number" column`);
    csv.problems.forEach((message) => builder.warn({ file: file.name, message: `CSV: ${message}` }));
    csv.repeatedHeaderRows.forEach((row) =>
      builder.warn({ file: file.name, row, message: 'header repeated; not a record' }),
    );
    const asOf = settings.asOf ?? newestPostedDate(csv.records);
    if (!settings.asOf)
      builder.warn({
        file: file.name,
        message: `as_of set to ${asOf}, the newest posted date (set asOf to the export date)`,
      });

    const run: ExportRun = { builder, mapping, settings, file: file.name, asOf };
    for (const record of csv.records) {
      builder.countRead();
      importOpportunity(run, record);
    }
  }
  return builder.result();
};

export const grantsGovSource = defineSource({
  name: 'grants-gov',
  label: 'Grants.gov search export (CSV)',
  options: grantsGovOptionsSchema,
  optionText: {
    openEndedCloses: {
      label: 'Close date for releases the source lists as never closing (optional; otherwise they are skipped)',
    },
    asOf: { label: 'Date of the export (optional; otherwise the newest posted date in the file)' },
  },
  run: importGrantsGov,
});
