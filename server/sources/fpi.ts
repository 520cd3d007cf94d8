import { z } from 'zod';
import { optionalDate, optionalFiscalYear } from '../domain/fields.js';
import { createBundleBuilder, type BundleBuilder } from './bundle-builder.js';
import { splitList } from './clean-text.js';
import { federalDepartment, federalSubAgency, readableAgencyName } from './federal-agencies.js';
import { readFpiFiles, type FpiFiles, type FpiObligation, type FpiProgram } from './fpi-files.js';
import { matchObjectives, type ObjectiveMapping } from './objective-mapping.js';
import { idPart } from './source-ids.js';
import { statedBeneficiaries } from './stated-beneficiaries.js';
import { parseSourceOptions, SourceOptionsError } from './source-options.js';
import { defineSource } from './source-descriptor.js';
import type { ImportSource } from './types.js';

// The Federal Program Inventory -> federal funding streams, one per Assistance Listing for one fiscal year.
// The user picks the FPI categories to bring in, so a state map is not flooded with all 2,376 programs.

const categoryList = (value: unknown): unknown => (typeof value === 'string' ? splitList(value, /;/) : value);

export const fpiOptionsSchema = z
  .object({
    /** FPI categories to bring in, exactly as the inventory names them (`;`-separated in a CLI), or "all". */
    categories: z.preprocess(
      categoryList,
      z
        .array(z.string().trim().min(1), { error: 'is required: name FPI categories, or "all"' })
        .min(1, 'is required: name FPI categories, or "all"'),
    ),
    /** Fiscal year of the obligations; by default the latest year with reported (not only estimated) obligations. */
    fiscalYear: optionalFiscalYear(),
    /** Date of the inventory extract; the CSVs do not record it. */
    asOf: optionalDate(),
  })
  .strict();

const source = 'fpi';
const programUrl = (number: string) => `https://fpi.omb.gov/program/${number}`;

interface StreamFigure {
  amount: number;
  obligated: number | undefined;
  basis: string;
}

/** SAM.gov actual obligations, else its estimate, else USAspending; 0 is "not reported" in this extract, never an amount. */
const streamFigure = (obligation: FpiObligation | undefined, year: number): StreamFigure | undefined => {
  if (!obligation) return undefined;
  const obligated = obligation.usaSpending > 0 ? obligation.usaSpending : undefined;
  if (obligation.samActual > 0)
    return { amount: obligation.samActual, obligated, basis: `SAM.gov actual obligations, FY${year}` };
  if (obligation.samEstimate > 0)
    return { amount: obligation.samEstimate, obligated, basis: `SAM.gov estimated obligations, FY${year}` };
  if (obligated) return { amount: obligated, obligated, basis: `USAspending obligations, FY${year}` };
  return undefined;
};

const latestReportedYear = (files: FpiFiles): number | undefined => {
  let latest: number | undefined;
  for (const years of files.obligations.values())
    for (const [year, figures] of years)
      if ((figures.samActual > 0 || figures.usaSpending > 0) && (latest === undefined || year > latest)) latest = year;
  return latest;
};

const chosenCategories = (files: FpiFiles, wanted: string[]): Set<string> | 'all' => {
  if (wanted.some((category) => category.toLowerCase() === 'all')) return 'all';
  const known = new Map([...files.categories.values()].flat().map((category) => [category.toLowerCase(), category]));
  const unknown = wanted.filter((category) => !known.has(category.toLowerCase()));
  if (unknown.length > 0)
    throw new SourceOptionsError(source, [
      `categories ${unknown.map((c) => `"${c}"`).join(', ')} not in the inventory; it has: ${[...new Set(known.values())].sort().join('; ')}`,
    ]);
  return new Set(wanted.map((category) => known.get(category.toLowerCase())!));
};

/** Programs without a department in the inventory take it from the programs that share their two-digit prefix. */
const departmentByPrefix = (programs: FpiProgram[]): Map<string, FpiProgram | null> => {
  const byPrefix = new Map<string, FpiProgram | null>();
  for (const program of programs) {
    if (!program.departmentName) continue;
    const prefix = program.number.split('.')[0]!;
    const seen = byPrefix.get(prefix);
    if (seen === undefined) byPrefix.set(prefix, program);
    else if (seen && seen.departmentName !== program.departmentName) byPrefix.set(prefix, null);
  }
  return byPrefix;
};

interface FpiRun {
  builder: BundleBuilder;
  mapping: ObjectiveMapping;
  fpi: FpiFiles;
  year: number;
  asOf: string | undefined;
  prefixes: Map<string, FpiProgram | null>;
}

/** The program's sub-agency (or department when it has none), added to the bundle with its department. */
const programAgency = (run: FpiRun, program: FpiProgram, owner: FpiProgram): string => {
  const department = federalDepartment(owner.departmentAcronym, owner.departmentName, { as_of: run.asOf });
  run.builder.addAgency(department);
  const name = program.subAgencyName && readableAgencyName(program.subAgencyName);
  if (!name || name === department.name || name === readableAgencyName(owner.departmentName)) return department.id;
  const subAgency = federalSubAgency(department, program.subAgencyName, name, { as_of: run.asOf });
  run.builder.addAgency(subAgency);
  return subAgency.id;
};

const importProgram = (run: FpiRun, program: FpiProgram, categories: string[]) => {
  const { builder, year } = run;
  const { row, title } = program;
  const file = run.fpi.programsFile;
  const id = `fpi-${idPart(program.number)}-fy${year}`;
  const prefix = program.number.split('.')[0]!;
  const owner = program.departmentName ? program : run.prefixes.get(prefix);
  if (!owner) return builder.skip({ file, row, id, title, reason: 'the inventory names no agency for this program' });
  const agency_id = programAgency(run, program, owner);

  const figure = streamFigure(run.fpi.obligations.get(program.number)?.get(year), year);
  if (!figure)
    return builder.skip({
      file,
      row,
      id,
      title,
      reason: `no obligations reported for FY${year} (blank or 0 in every column)`,
    });
  const objective_ids = matchObjectives(run.mapping, source, {
    categories,
    title,
    text: `${title}\n${program.objective}`,
  });
  if (objective_ids.length === 0)
    return builder.unmapped({
      file,
      row,
      id,
      title,
      reason: `no objective in the mapping matches FPI categories ${categories.map((c) => `"${c}"`).join(', ') || '(none)'} or the title and objective`,
    });

  const applicantTypes = run.fpi.applicantTypes.get(program.number) ?? [];
  builder.addStream({
    id,
    name: title,
    agency_id,
    source: 'federal',
    assistance_listing: program.number,
    fiscal_year: year,
    amount: figure.amount,
    obligated: figure.obligated,
    match_percent: undefined,
    eligible_applicants: applicantTypes,
    objective_ids,
    sector_ids: [],
    region_ids: [],
    // Who is served where the applicant types name a group (only small businesses: employers); what is bought is
    // not stated by the inventory's extract, so it is left blank (not known) rather than guessed from free text.
    beneficiary_ids: statedBeneficiaries({ applicants: applicantTypes }),
    activity_ids: [],
    source_url: programUrl(program.number),
    as_of: run.asOf,
    notes: [
      `Amount: ${figure.basis}.`,
      figure.obligated ? `Obligated: USAspending, FY${year}.` : '',
      owner === program ? '' : `Agency taken from the other ${prefix}.xxx programs.`,
      `FPI categories: ${categories.join('; ') || '(none)'}.`,
    ]
      .filter(Boolean)
      .join(' '),
  });
};

export const importFpi: ImportSource = ({ files, mapping, options }) => {
  const settings = parseSourceOptions(source, fpiOptionsSchema, options);
  const fpi = readFpiFiles(files);
  const chosen = chosenCategories(fpi, settings.categories);
  const year = settings.fiscalYear ?? latestReportedYear(fpi);
  if (year === undefined)
    throw new SourceOptionsError(source, ['fiscalYear is required: the file reports no obligations']);
  const builder = createBundleBuilder(mapping);
  const file = fpi.programsFile;
  if (settings.fiscalYear === undefined)
    builder.warn({
      file,
      message: `fiscal year ${year} used: the latest with reported obligations (set fiscalYear to choose)`,
    });
  if (!settings.asOf)
    builder.warn({ file, message: 'as_of left blank: the FPI CSVs do not record their extract date (set asOf)' });
  fpi.ignored.forEach((name) => builder.warn({ file: name, message: 'not one of the four FPI CSVs; not read' }));

  const run: FpiRun = { builder, mapping, fpi, year, asOf: settings.asOf, prefixes: departmentByPrefix(fpi.programs) };
  for (const program of fpi.programs) {
    builder.countRead();
    const categories = fpi.categories.get(program.number) ?? [];
    if (chosen === 'all' || categories.some((category) => chosen.has(category)))
      importProgram(run, program, categories);
    else builder.countExcluded();
  }
  return builder.result();
};

export const fpiSource = defineSource({
  name: 'fpi',
  label: 'Federal Program Inventory extract (the four CSV files)',
  options: fpiOptionsSchema,
  optionText: {
    categories: {
      label: 'FPI categories to bring in (separated by ;, or all)',
      suggested: 'Training;Employment/Labor/Management;Economic Development',
    },
    fiscalYear: { label: 'Fiscal year of the obligations (optional; otherwise the latest year with reported ones)' },
    asOf: { label: 'Date of the inventory extract (optional; the files do not record it)' },
  },
  run: importFpi,
});
