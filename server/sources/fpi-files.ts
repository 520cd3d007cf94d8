import { cleanText } from './clean-text.js';
import { decodeText } from './decode-text.js';
import { readSourceCsv, type CsvRecord } from './read-source-csv.js';
import { SourceFileError } from './source-options.js';
import type { SourceFile } from './types.js';

// The Federal Program Inventory extract (EOP-OMB/federal-program-inventory, data_extract/data_extracts/) comes as
// four CSVs. They are told apart by their columns, not their names, so renamed downloads still work.

export interface FpiProgram {
  row: number;
  number: string;
  title: string;
  objective: string;
  departmentAcronym: string;
  departmentName: string;
  subAgencyName: string;
}

export interface FpiObligation {
  samEstimate: number;
  samActual: number;
  usaSpending: number;
}

export interface FpiFiles {
  /** Files given that are none of the four. */
  ignored: string[];
  programsFile: string;
  programs: FpiProgram[];
  /** Program number -> fiscal year -> the three obligation figures (0 where the file is blank). */
  obligations: Map<string, Map<number, FpiObligation>>;
  categories: Map<string, string[]>;
  applicantTypes: Map<string, string[]>;
}

const kinds = {
  programs: ['data.programNumber', 'data.title', 'l1Name'],
  obligations: ['cfda_number', 'fiscal_year', 'sam_actual'],
  categories: ['data.programNumber', 'value_assistanceUsage'],
  applicantTypes: ['data.programNumber', 'value'],
} as const;
type Kind = keyof typeof kinds;

// Dollars to the cent: the extract was written through floating point (27323917.029999997).
const figure = (value: string | undefined): number => {
  const number = Number(cleanText(value));
  return Number.isFinite(number) ? Math.round(number * 100) / 100 : 0;
};

const groupValues = (records: CsvRecord[], column: string): Map<string, string[]> => {
  const groups = new Map<string, string[]>();
  for (const { values } of records) {
    const program = cleanText(values['data.programNumber']);
    const value = cleanText(values[column]);
    if (!program || !value) continue;
    const list = groups.get(program) ?? [];
    if (!list.includes(value)) list.push(value);
    groups.set(program, list);
  }
  return groups;
};

const readObligations = (records: CsvRecord[]): FpiFiles['obligations'] => {
  const byProgram = new Map<string, Map<number, FpiObligation>>();
  for (const { values } of records) {
    const program = cleanText(values.cfda_number);
    const year = Math.trunc(figure(values.fiscal_year));
    if (!program || !year) continue;
    const years = byProgram.get(program) ?? new Map<number, FpiObligation>();
    years.set(year, {
      samEstimate: figure(values.sam_estimate),
      samActual: figure(values.sam_actual),
      usaSpending: figure(values.usa_spending_obligation),
    });
    byProgram.set(program, years);
  }
  return byProgram;
};

export const readFpiFiles = (files: SourceFile[]): FpiFiles => {
  const found = new Map<Kind, { name: string; records: CsvRecord[] }>();
  const ignored: string[] = [];
  for (const file of files) {
    const csv = readSourceCsv(decodeText(file.content));
    const kind = (Object.keys(kinds) as Kind[]).find((k) => kinds[k].every((column) => csv.header.includes(column)));
    // A folder of downloads may hold other files; they are named in the warnings, not read.
    if (kind) found.set(kind, { name: file.name, records: csv.records });
    else ignored.push(file.name);
  }
  const missing = (Object.keys(kinds) as Kind[]).filter((kind) => !found.has(kind));
  if (missing.length > 0)
    throw new SourceFileError(
      'fpi',
      `needs the programs, obligations, categories and applicant-types CSVs; missing ${missing.join(', ')}`,
    );
  const get = (kind: Kind) => found.get(kind)!;

  return {
    ignored,
    programsFile: get('programs').name,
    programs: get('programs').records.map(({ row, values }) => ({
      row,
      number: cleanText(values['data.programNumber']),
      title: cleanText(values['data.title']),
      // Only the first paragraph: the rest lists eligible uses, and keywords there map almost anything.
      objective: cleanText(values['data.objective']?.split(/\r?\n\s*\r?\n/)[0]),
      departmentAcronym: cleanText(values.l1ShortName),
      departmentName: cleanText(values.l1Name),
      subAgencyName: cleanText(values.l2Name),
    })),
    obligations: readObligations(get('obligations').records),
    categories: groupValues(get('categories').records, 'value_assistanceUsage'),
    applicantTypes: groupValues(get('applicantTypes').records, 'value'),
  };
};
