import Papa from 'papaparse';
import { z } from 'zod';
import { objectiveSchema, type Objective } from '../domain/entities.js';
import { cleanText } from './clean-text.js';

// The mapping from what a public source says (its category, words in a title or description) to Braid
// objectives. It is a CSV in seed/mappings/ so budget staff can read and edit it; docs/real-data.md explains it.

export const mappingSources = ['pa-portal', 'ca-portal', 'fpi', 'grants-gov'] as const;
export type MappingSource = (typeof mappingSources)[number];

export const mappingColumns = [
  'source',
  'match_field',
  'pattern',
  'when',
  'objective_id',
  'objective_name',
  'objective_category',
  'note',
] as const;

export interface MappingRule {
  /** Row in the mapping file (header is row 1), so a surprising match can be traced back. */
  row: number;
  source: MappingSource | '*';
  field: 'category' | 'title' | 'text';
  pattern: string;
  when: 'always' | 'fallback';
  objectiveId: string;
  matches: (value: string) => boolean;
}

export interface ObjectiveMapping {
  file: string;
  rules: MappingRule[];
  objectives: ReadonlyMap<string, Objective>;
}

/** What a source row offers to the mapping. `text` is the title and description together. */
export interface MappableRecord {
  categories: string[];
  title: string;
  text: string;
}

export class ObjectiveMappingError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
  }
}

const ruleSchema = z.object({
  source: z.preprocess(
    (v) => cleanText(v).toLowerCase() || '*',
    z.enum(['*', ...mappingSources], { error: `must be * or one of: ${mappingSources.join(', ')}` }),
  ),
  match_field: z.preprocess(
    (v) => cleanText(v).toLowerCase(),
    z.enum(['category', 'title', 'text'], { error: 'must be category, title or text' }),
  ),
  pattern: z.preprocess((v) => cleanText(v), z.string().min(1, 'is required')),
  when: z.preprocess(
    (v) => cleanText(v).toLowerCase() || 'always',
    z.enum(['always', 'fallback'], { error: 'must be always (or blank) or fallback' }),
  ),
});

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A keyword matches where a word starts and may run on ("apprentice" finds "Apprenticeships"); spaces match any
 * run of spaces. `/.../` is a regular expression for the rare case a keyword cannot say it. Case never matters.
 */
const compileText = (pattern: string): RegExp => {
  const regex = pattern.match(/^\/(.+)\/$/);
  if (regex) return new RegExp(regex[1]!, 'i');
  const words = escapeRegExp(pattern).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![A-Za-z0-9])${words}`, 'i');
};

const compileCategory = (pattern: string): ((value: string) => boolean) => {
  const wanted = pattern.toLowerCase();
  return (value) => value.toLowerCase() === wanted;
};

const issueText = (issues: z.core.$ZodIssue[]): string =>
  issues.map((issue) => `${issue.path.join('.') || 'row'} ${issue.message}`).join('; ');

const readObjective = (
  cells: Record<string, string>,
  row: number,
  known: Map<string, Objective>,
  problems: string[],
): string | undefined => {
  const id = cleanText(cells.objective_id);
  const name = cleanText(cells.objective_name);
  const category = cleanText(cells.objective_category);
  const seen = known.get(id);
  if (seen) {
    if (name && name !== seen.name)
      problems.push(`row ${row}: objective ${id} is named "${seen.name}" on an earlier row, "${name}" here`);
    if (category && category !== seen.category)
      problems.push(
        `row ${row}: objective ${id} has category "${seen.category}" on an earlier row, "${category}" here`,
      );
    return id;
  }
  const parsed = objectiveSchema.safeParse({ id, name, category });
  if (!parsed.success) {
    problems.push(`row ${row}: objective ${issueText(parsed.error.issues)}`);
    return undefined;
  }
  known.set(parsed.data.id, { id: parsed.data.id, name: parsed.data.name, category: parsed.data.category });
  return parsed.data.id;
};

const readRule = (
  cells: Record<string, string>,
  row: number,
  problems: string[],
): Omit<MappingRule, 'objectiveId'> | undefined => {
  const parsed = ruleSchema.safeParse(cells);
  if (!parsed.success) {
    problems.push(`row ${row}: ${issueText(parsed.error.issues)}`);
    return undefined;
  }
  const { source, match_field: field, pattern, when } = parsed.data;
  if (field === 'category') return { row, source, field, pattern, when, matches: compileCategory(pattern) };
  try {
    const regex = compileText(pattern);
    return { row, source, field, pattern, when, matches: (value) => regex.test(value) };
  } catch (error) {
    problems.push(`row ${row}: pattern ${pattern} is not a valid regular expression (${(error as Error).message})`);
    return undefined;
  }
};

/** Reads and checks the mapping CSV; every problem names its row, and any problem rejects the whole file. */
export const parseObjectiveMapping = (csv: string, file = 'objectives.csv'): ObjectiveMapping => {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (header) => header.trim().toLowerCase(),
  });
  const problems = parsed.errors.map((error) => `row ${(error.row ?? 0) + 2}: ${error.message}`);
  const missing = mappingColumns.filter((column) => column !== 'note' && !parsed.meta.fields?.includes(column));
  if (missing.length > 0)
    problems.push(`row 1: missing column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}`);
  if (problems.length > 0) throw new ObjectiveMappingError(file, problems);

  const objectives = new Map<string, Objective>();
  const rules: MappingRule[] = [];
  parsed.data.forEach((cells, index) => {
    const row = index + 2;
    const rule = readRule(cells, row, problems);
    const objectiveId = readObjective(cells, row, objectives, problems);
    if (rule && objectiveId) rules.push({ ...rule, objectiveId });
  });
  if (problems.length > 0) throw new ObjectiveMappingError(file, problems);
  return { file, rules, objectives };
};

const ruleMatches = (rule: MappingRule, record: MappableRecord): boolean => {
  if (rule.field === 'category') return record.categories.some(rule.matches);
  return rule.matches(rule.field === 'title' ? record.title : record.text);
};

/**
 * The objectives a source row serves: every `always` rule that matches, or, when none does, every matching
 * `fallback` rule (broad objectives from coarse portal categories). Sorted, without repeats.
 */
export const matchObjectives = (mapping: ObjectiveMapping, source: MappingSource, record: MappableRecord): string[] => {
  const applicable = mapping.rules.filter((rule) => rule.source === '*' || rule.source === source);
  const matched = (when: MappingRule['when']) =>
    applicable.filter((rule) => rule.when === when && ruleMatches(rule, record)).map((rule) => rule.objectiveId);
  const specific = matched('always');
  return [...new Set(specific.length > 0 ? specific : matched('fallback'))].sort();
};
