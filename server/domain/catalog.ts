import type { z } from 'zod';
import { coerceRow } from './coerce.js';
import {
  activitySchema,
  agencySchema,
  awardSchema,
  beneficiarySchema,
  fundingStreamSchema,
  objectiveSchema,
  partnershipSchema,
  regionSchema,
  releaseSchema,
  requestSchema,
  sectorSchema,
  solutionSchema,
} from './entities.js';

/** A field of one entity that names another entity's id. */
export interface Reference {
  field: string;
  target: EntityName;
  list: boolean;
}

export interface EntityDefinition {
  /** File name (CSV), sheet name (XLSX) and key (JSON bundle). */
  name: EntityName;
  /** Neo4j label; requests and awards are relationships and have none. */
  label: string | null;
  /** Path segment of the CRUD API. */
  path: string;
  singular: string;
  /** The singular with its indefinite article, for sentences: "an agency", "a funding stream". */
  aSingular: string;
  /** The entity's zod schema: validates input, types responses and generates OpenAPI. */
  schema: z.ZodObject;
  /** Fields that identify a row: `id`, or the natural key of a relationship. */
  key: readonly string[];
  references: readonly Reference[];
  /** Every column, in the order the templates and exports write them. */
  columns: readonly string[];
}

/** A row refused deletion names at most this many of the rows that refer to it (cypher/entities/<table>/dependents). */
export const dependentsLimit = 50;

export const entityNames = [
  'agencies',
  'objectives',
  'sectors',
  'regions',
  'beneficiaries',
  'activities',
  'funding_streams',
  'partnerships',
  'solutions',
  'requests',
  'releases',
  'awards',
] as const;
export type EntityName = (typeof entityNames)[number];

/** Columns that hold lists: arrays in JSON, `;`-separated in CSV and XLSX. */
export const listColumns: ReadonlySet<string> = new Set([
  'naics',
  'eligible_applicants',
  'objective_ids',
  'sector_ids',
  'region_ids',
  'beneficiary_ids',
  'activity_ids',
]);

/** Whole-number columns, stored as Neo4j integers rather than floats. */
export const integerColumns: ReadonlySet<string> = new Set(['fiscal_year', 'year', 'priority', 'business_champions']);

// Every singular here is read as it is spelled, so its first letter decides the article.
const withArticle = (noun: string): string => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;

const provenanceColumns = ['source_url', 'as_of', 'notes'] as const;
const ref = (field: string, target: EntityName, isList = false): Reference => ({ field, target, list: isList });

const define = (
  name: EntityName,
  label: string | null,
  singular: string,
  schema: z.ZodObject,
  key: readonly string[],
  references: readonly Reference[],
  columns: readonly string[],
): EntityDefinition => ({
  name,
  label,
  path: name.replace(/_/g, '-'),
  singular,
  aSingular: withArticle(singular),
  schema,
  key,
  references,
  columns: [...columns, ...provenanceColumns],
});

/** Entities in dependency order: each refers only to entities before it, except agencies' parents and streams' pass-throughs. */
export const entities: readonly EntityDefinition[] = [
  define(
    'agencies',
    'Agency',
    'agency',
    agencySchema,
    ['id'],
    [ref('parent_id', 'agencies')],
    ['id', 'name', 'acronym', 'level', 'kind', 'parent_id'],
  ),
  define('objectives', 'Objective', 'objective', objectiveSchema, ['id'], [], ['id', 'name', 'category']),
  define('sectors', 'Sector', 'sector', sectorSchema, ['id'], [], ['id', 'name', 'naics']),
  define('regions', 'Region', 'region', regionSchema, ['id'], [], ['id', 'name']),
  define('beneficiaries', 'Beneficiary', 'beneficiary', beneficiarySchema, ['id'], [], ['id', 'name']),
  define('activities', 'Activity', 'activity', activitySchema, ['id'], [], ['id', 'name']),
  define(
    'funding_streams',
    'FundingStream',
    'funding stream',
    fundingStreamSchema,
    ['id'],
    [
      ref('agency_id', 'agencies'),
      ref('objective_ids', 'objectives', true),
      ref('sector_ids', 'sectors', true),
      ref('region_ids', 'regions', true),
      ref('beneficiary_ids', 'beneficiaries', true),
      ref('activity_ids', 'activities', true),
      ref('passes_through_id', 'funding_streams'),
    ],
    [
      'id',
      'name',
      'agency_id',
      'source',
      'assistance_listing',
      'fiscal_year',
      'amount',
      'obligated',
      'expended',
      'flexibility',
      'match_percent',
      'eligible_applicants',
      'objective_ids',
      'sector_ids',
      'region_ids',
      'beneficiary_ids',
      'activity_ids',
      'passes_through_id',
      'expires',
    ],
  ),
  define(
    'partnerships',
    'Partnership',
    'partnership',
    partnershipSchema,
    ['id'],
    [ref('region_id', 'regions'), ref('sector_ids', 'sectors', true)],
    ['id', 'name', 'region_id', 'sector_ids', 'stage', 'applicant_type', 'business_champions'],
  ),
  define(
    'solutions',
    'Solution',
    'solution',
    solutionSchema,
    ['id'],
    [ref('objective_ids', 'objectives', true)],
    ['id', 'name', 'category', 'objective_ids'],
  ),
  define(
    'requests',
    null,
    'request',
    requestSchema,
    ['partnership_id', 'solution_id'],
    [ref('partnership_id', 'partnerships'), ref('solution_id', 'solutions')],
    ['partnership_id', 'solution_id', 'priority', 'year', 'estimated_cost'],
  ),
  define(
    'releases',
    'Release',
    'release',
    releaseSchema,
    ['id'],
    [
      ref('agency_id', 'agencies'),
      ref('stream_id', 'funding_streams'),
      ref('objective_ids', 'objectives', true),
      ref('sector_ids', 'sectors', true),
      ref('region_ids', 'regions', true),
      ref('beneficiary_ids', 'beneficiaries', true),
      ref('activity_ids', 'activities', true),
    ],
    [
      'id',
      'title',
      'agency_id',
      'stream_id',
      'opens',
      'closes',
      'amount',
      'objective_ids',
      'sector_ids',
      'region_ids',
      'beneficiary_ids',
      'activity_ids',
      'eligible_applicants',
      'description',
    ],
  ),
  define(
    'awards',
    null,
    'award',
    awardSchema,
    ['stream_id', 'partnership_id', 'fiscal_year', 'release_id'],
    [ref('stream_id', 'funding_streams'), ref('partnership_id', 'partnerships'), ref('release_id', 'releases')],
    ['stream_id', 'partnership_id', 'amount', 'fiscal_year', 'release_id'],
  ),
];

export const entityByName = (name: EntityName): EntityDefinition => {
  const found = entities.find((entity) => entity.name === name);
  if (!found) throw new Error(`unknown entity ${name}`);
  return found;
};

/** The identity of a row as one string: its id, or its natural key joined. */
export const rowKey = (entity: EntityDefinition, row: Record<string, unknown>): string =>
  entity.key.map((field) => String(row[field] ?? '')).join('|');

/** Validates one row as read from a file, a form or JSON: cells are coerced to their field's type first. */
export const parseRow = (entity: EntityDefinition, values: Record<string, unknown>) =>
  entity.schema.safeParse(coerceRow(entity.schema, values));
