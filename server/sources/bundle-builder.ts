import type { Agency, FundingStream, Release } from '../domain/entities.js';
import type { ObjectiveMapping } from './objective-mapping.js';
import { beneficiaryGroups } from '../domain/beneficiary-groups.js';
import type { SourceIssue, SourceResult, SourceWarning } from './types.js';

const byId = <T extends { id: string }>(a: T, b: T): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Drops keys whose value is undefined so bundle rows carry only what the source says. */
export const compact = <T extends object>(row: T): T =>
  Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined)) as T;

/**
 * Collects what one source run produces and hands it back as a `SourceResult` in a fixed order, so the same
 * file always gives the same bundle.
 */
export const createBundleBuilder = (mapping: ObjectiveMapping) => {
  const agencies = new Map<string, Agency>();
  const streams: FundingStream[] = [];
  const releases: Release[] = [];
  const unmapped: SourceIssue[] = [];
  const skipped: SourceIssue[] = [];
  const warnings: SourceWarning[] = [];
  const firstSeen = new Map<string, string>();
  let read = 0;
  let excluded = 0;

  return {
    countRead: () => void read++,
    /** Where an id was first seen when it repeats (the same record twice, or the CSV and JSON of one portal). */
    repeatOf: (id: string, file: string, row: number): string | undefined => {
      const first = firstSeen.get(id);
      if (first === undefined) firstSeen.set(id, `${file} row ${row}`);
      return first;
    },
    countExcluded: () => void excluded++,
    addAgency: (agency: Agency) => {
      if (!agencies.has(agency.id)) agencies.set(agency.id, compact(agency));
    },
    addStream: (stream: FundingStream) => void streams.push(compact(stream)),
    addRelease: (release: Release) => void releases.push(compact(release)),
    skip: (issue: SourceIssue) => void skipped.push(issue),
    unmapped: (issue: SourceIssue) => void unmapped.push(issue),
    warn: (warning: SourceWarning) => void warnings.push(warning),
    result: (): SourceResult => {
      const used = new Set([...streams, ...releases].flatMap((row) => row.objective_ids));
      const objectives = [...used].flatMap((id) => {
        const objective = mapping.objectives.get(id);
        return objective ? [compact({ ...objective, notes: `From the objective mapping ${mapping.file}.` })] : [];
      });
      const served = new Set([...streams, ...releases].flatMap((row) => row.beneficiary_ids));
      const beneficiaries = beneficiaryGroups.filter((group) => served.has(group.id));
      return {
        bundle: {
          format: 'braid/1',
          agencies: [...agencies.values()].sort(byId),
          objectives: objectives.sort(byId),
          beneficiaries: [...beneficiaries].sort(byId),
          funding_streams: streams.sort(byId),
          releases: releases.sort(byId),
        },
        counts: {
          read,
          imported: streams.length + releases.length,
          excluded,
          skipped: skipped.length,
          unmapped: unmapped.length,
        },
        unmapped,
        skipped,
        warnings,
      };
    },
  };
};

export type BundleBuilder = ReturnType<typeof createBundleBuilder>;
