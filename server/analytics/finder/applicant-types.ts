import type { Tx } from '../../db/database.js';
import { distinctApplicantTypes } from '../../domain/applicant-type.js';
import type { ApplicantTypesResponse } from '../../contract/analytics/finder.js';

/** The applicant types a need can be described with: those the map's streams, releases and partnerships name. */
export const readApplicantTypes = async (tx: Tx): Promise<ApplicantTypesResponse> => {
  const rows = await tx.run<{ label: string }>('analytics/finder/applicant-types');
  return { applicant_types: distinctApplicantTypes(rows.map((row) => row.label)) };
};
