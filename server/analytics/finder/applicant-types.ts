import type { AnalyticsReads } from '../../repositories/analytics-inputs.js';
import { distinctApplicantTypes } from '../../domain/applicant-type.js';
import type { ApplicantTypesResponse } from '../../contract/analytics/finder.js';

/** The applicant types a need can be described with: those the map's streams, releases and partnerships name. */
export const readApplicantTypes = async (reads: AnalyticsReads): Promise<ApplicantTypesResponse> => {
  return { applicant_types: distinctApplicantTypes(await reads.applicantTypes()) };
};
