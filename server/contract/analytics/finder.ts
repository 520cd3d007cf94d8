import { z } from 'zod';
import { agencyRef, appliedFilters, ref, requestSummary, streamSummary } from './refs-and-filters.js';
import { isoDate } from './competing-releases.js';
import { nearMiss } from './gaps.js';

const idList = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*(,[A-Za-z0-9][A-Za-z0-9._:-]*)*$/, 'must be ids separated by commas')
  .transform((value) => value.split(','));

export const finderOptionsQuery = z.object({
  as_of: isoDate
    .optional()
    .describe(
      'the day releases are judged open or upcoming (default: today, or the start of the fiscal year when every release closed before today)',
    ),
});

export const adHocFinderQuery = finderOptionsQuery.extend({
  region_id: z.string().min(1).describe('the region where the need is'),
  sector_ids: idList.optional().describe('sectors, separated by commas (none: any sector)'),
  solution_ids: idList.optional().describe('solutions wanted, separated by commas'),
  objective_ids: idList.optional().describe('or objectives wanted, separated by commas'),
  applicant_type: z
    .string()
    .min(1)
    .optional()
    .describe(
      'the applicant type, e.g. nonprofit (GET /api/analytics/applicant-types lists those of the map; spelling and case do not matter); none: any type',
    ),
});

export const finderParams = z.object({ partnershipId: z.string().min(1) });

/** key is `Label:id`, unique in the path (ids are unique per label only). */
export const pathNode = z.object({ key: z.string(), id: z.string(), label: z.string(), name: z.string() });
/** from and to are node keys. */
export const pathRelationship = z.object({ type: z.string(), from: z.string(), to: z.string() });
/** The part of the graph that makes a stream eligible for a request: the objective chain, plus scope links. */
export const explanationPath = z.object({ nodes: z.array(pathNode), relationships: z.array(pathRelationship) });

export const coveredRequest = z.object({
  key: z.string(),
  solution: ref.nullable(),
  /** The request's objectives this stream supports. */
  objectives: z.array(ref),
  priority: z.number().nullable(),
  estimated_cost: z.number().nullable(),
  reasons: z.array(z.string()),
  path: explanationPath,
});

export const upcomingRelease = z.object({
  id: z.string(),
  title: z.string(),
  agency: agencyRef,
  opens: z.string(),
  closes: z.string(),
  amount: z.number().nullable(),
  /** open: as_of is inside the window; upcoming: it opens later. */
  status: z.enum(['open', 'upcoming']),
});

export const scoreParts = z.object({
  /** Priority-weighted share of the requests the stream covers. */
  requests: z.number(),
  /** Available amount against the covered requests' cost, capped at 1. */
  amount: z.number(),
  flexibility: z.number(),
  /** 1 - match_percent / 100. */
  match: z.number(),
});

export const foundStream = streamSummary.extend({
  /** 0-100: 40 requests + 30 amount + 15 flexibility + 15 match (docs/analytics.md). */
  score: z.number(),
  score_parts: scoreParts,
  covers: z.array(coveredRequest),
  /** Plain-language facts behind the score. */
  reasons: z.array(z.string()),
  releases: z.array(upcomingRelease),
});

export const finderResponse = z.object({
  filters: appliedFilters.pick({ fiscal_year: true, agency_id: true }),
  as_of: z.string(),
  /** Why that day: asked for, today, or the fiscal year's first day because the map's releases all closed before today. */
  as_of_basis: z.enum(['requested', 'today', 'fiscal_year_start']),
  profile: z.object({
    partnership: ref.nullable(),
    region: ref.nullable(),
    sectors: z.array(ref),
    applicant_type: z.string().nullable(),
  }),
  requests: z.array(requestSummary.extend({ eligible_stream_count: z.number() })),
  /** Best first. */
  streams: z.array(foundStream),
  /** Streams that support a requested objective but fail another condition, with why. */
  near_misses: z.array(nearMiss.extend({ request_key: z.string() })),
});

export type CoveredRequest = z.infer<typeof coveredRequest>;
export type ExplanationPath = z.infer<typeof explanationPath>;
export type FoundStream = z.infer<typeof foundStream>;
export type FinderResponse = z.infer<typeof finderResponse>;
export type ScoreParts = z.infer<typeof scoreParts>;
export type UpcomingRelease = z.infer<typeof upcomingRelease>;
export type AdHocFinderQuery = z.infer<typeof adHocFinderQuery>;

export const applicantTypesResponse = z.object({
  /** One spelling per type (labels that differ only in case, punctuation or plural are one type), sorted. */
  applicant_types: z.array(z.string()),
});
export type ApplicantTypesResponse = z.infer<typeof applicantTypesResponse>;
