import type { Agency, Beneficiary, FundingStream, Objective, Release } from '../domain/entities.js';
import type { ObjectiveMapping } from './objective-mapping.js';

/** One file as the CLI or the upload page hands it over. */
export interface SourceFile {
  name: string;
  content: Buffer | string;
}

/** A braid/1 bundle holding only what a public source can say. */
export interface SourceBundle {
  format: 'braid/1';
  agencies: Agency[];
  objectives: Objective[];
  /** The groups the streams and releases name where the source states who is served. */
  beneficiaries: Beneficiary[];
  funding_streams: FundingStream[];
  releases: Release[];
}

/**
 * A source row that did not become a bundle row. `row` is where a person finds it: the spreadsheet row of a CSV
 * (header is row 1) or the item number, from 1, of a JSON list.
 */
export interface SourceIssue {
  file: string;
  row: number;
  id?: string;
  title: string;
  reason: string;
}

/** Something worth a look in a row that was imported anyway (e.g. a date kept as published but implausible). */
export interface SourceWarning {
  file: string;
  row?: number;
  id?: string;
  message: string;
}

export interface SourceCounts {
  /** Records read from the source (blank lines and repeated headers are not records). */
  read: number;
  /** Records that became a release or a funding stream. */
  imported: number;
  /** Records the user's own filter left out (FPI categories); listed nowhere else. */
  excluded: number;
  skipped: number;
  unmapped: number;
}

/**
 * What every source returns. Each record read ends in exactly one place: the bundle, `skipped` (a stated reason
 * such as no close date), `unmapped` (no objective in the mapping) or the `excluded` count.
 */
export interface SourceResult {
  bundle: SourceBundle;
  counts: SourceCounts;
  unmapped: SourceIssue[];
  skipped: SourceIssue[];
  warnings: SourceWarning[];
}

export interface SourceInput {
  files: SourceFile[];
  mapping: ObjectiveMapping;
  /** Source-specific options; strings are accepted so a CLI can pass them through (each source validates). */
  options?: Record<string, unknown>;
}

export type ImportSource = (input: SourceInput) => SourceResult;
