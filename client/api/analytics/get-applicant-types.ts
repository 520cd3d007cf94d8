import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApplicantTypesResponse } from '@contract/analytics/finder.js';
import { apiGet } from '../http.js';

export const getApplicantTypes = (signal?: AbortSignal) =>
  apiGet<ApplicantTypesResponse>('/analytics/applicant-types', undefined, signal);

export const applicantTypesQueryOptions = () =>
  queryOptions({ queryKey: ['analytics', 'applicant-types'], queryFn: ({ signal }) => getApplicantTypes(signal) });

/** The applicant types the map names, for describing a need. */
export const useApplicantTypes = () => useQuery(applicantTypesQueryOptions());
