import { z } from 'zod';
import { idList, list } from '../../domain/fields.js';
import { releaseSchema } from '../../domain/entities.js';
import { agencyWithDepartment, ref, requestSummary } from './refs-and-filters.js';
import { competingPair, releaseSummary } from './competing-releases.js';

/** A release as it would be saved (the release schema's fields and rules), not saved: id optional, lists may be left out. */
export const releaseDraft = z
  .object({
    ...releaseSchema.shape,
    id: releaseSchema.shape.id.optional(),
    sector_ids: idList().default([]),
    region_ids: idList().default([]),
    eligible_applicants: list().default([]),
    beneficiary_ids: idList().default([]),
    activity_ids: idList().default([]),
  })
  .refine((draft) => draft.closes >= draft.opens, { message: 'must not be before opens', path: ['closes'] });
export type ReleaseDraft = z.infer<typeof releaseDraft>;

export const competingExisting = competingPair.omit({ a: true, b: true }).extend({ release: releaseSummary });

export const duplicatedByDraft = z.object({
  objective: ref,
  /** Agencies whose streams of the draft's fiscal year support the objective now. */
  agencies: z.array(agencyWithDepartment),
  agencies_before: z.number(),
  /** With the draft's issuing agency added. */
  agencies_after: z.number(),
  already_duplicated: z.boolean(),
  becomes_duplicated: z.boolean(),
});

export const servedRequest = requestSummary.extend({
  /** The draft's objectives the request's solution advances. */
  via: z.array(ref),
  /** No stream was eligible for it before. */
  was_unmatched: z.boolean(),
});

export const narrowedGap = z.object({
  solution: ref,
  requests_served: z.number(),
  request_count: z.number(),
  coverage_before: z.number().nullable(),
  coverage_after: z.number().nullable(),
  uncovered_before: z.number().nullable(),
  uncovered_after: z.number().nullable(),
  /** The draft's amount, when known and not already counted through its stream. */
  added_amount: z.number(),
  newly_matched: z.number(),
});

export const releaseCheckResponse = z.object({
  draft: releaseSummary.extend({ objectives: z.array(ref), eligible_applicants: z.array(z.string()) }),
  /** Most severe first (same severity as competing-releases). */
  competing: z.array(competingExisting),
  duplicated_objectives: z.array(duplicatedByDraft),
  serves: z.object({
    request_count: z.number(),
    partnerships: z.array(ref),
    requests: z.array(servedRequest),
  }),
  narrows: z.array(narrowedGap),
  /** The findings in plain sentences, worst first. */
  summary: z.array(z.string()),
});

export type CompetingExisting = z.infer<typeof competingExisting>;
export type DuplicatedByDraft = z.infer<typeof duplicatedByDraft>;
export type NarrowedGap = z.infer<typeof narrowedGap>;
export type ReleaseCheckResponse = z.infer<typeof releaseCheckResponse>;
