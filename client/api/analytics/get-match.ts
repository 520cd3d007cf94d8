import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FinderResponse } from '@contract/analytics/finder.js';
import { apiGet } from '../http.js';
import type { WithFigureProvenance } from '@contract/provenance.js';

/** Either a stored partnership, or a described need (region, sectors, solutions, applicant type). */
export type MatchSubject =
  { partnership: string } | { region: string; sectors: string[]; solutions: string[]; applicantType: string | null };

const path = (subject: MatchSubject) =>
  'partnership' in subject ? `/analytics/match/${encodeURIComponent(subject.partnership)}` : '/analytics/match';

const params = (subject: MatchSubject, fiscalYear: number | undefined) =>
  'partnership' in subject
    ? { fiscal_year: fiscalYear }
    : {
        fiscal_year: fiscalYear,
        region_id: subject.region,
        sector_ids: subject.sectors.join(',') || undefined,
        solution_ids: subject.solutions.join(',') || undefined,
        applicant_type: subject.applicantType ?? undefined,
      };

export const getMatch = (subject: MatchSubject, fiscalYear: number | undefined, signal?: AbortSignal) =>
  apiGet<WithFigureProvenance<FinderResponse>>(path(subject), params(subject, fiscalYear), signal);

export const matchQueryOptions = (subject: MatchSubject, fiscalYear: number | undefined) =>
  queryOptions({
    queryKey: ['analytics', 'match', subject, fiscalYear],
    queryFn: ({ signal }) => getMatch(subject, fiscalYear, signal),
  });

export const useMatch = (subject: MatchSubject | null, fiscalYear: number | undefined) =>
  useQuery({ ...matchQueryOptions(subject ?? { partnership: '' }, fiscalYear), enabled: subject !== null });
