import { queryOptions, useQuery } from '@tanstack/react-query';
import type { BriefingResponse } from '@contract/briefing.js';
import { apiGet } from '../../../api/http.js';

export const getBriefing = (fiscalYear: number | undefined, signal?: AbortSignal) =>
  apiGet<BriefingResponse>('/briefing', { fiscal_year: fiscalYear }, signal);

export const briefingQueryOptions = (fiscalYear: number | undefined) =>
  queryOptions({
    queryKey: ['briefing', fiscalYear ?? 'latest'],
    queryFn: ({ signal }) => getBriefing(fiscalYear, signal),
  });

export const useBriefing = (fiscalYear: number | undefined) => useQuery(briefingQueryOptions(fiscalYear));

/** The same briefing as a PDF made by the server. */
export const briefingPdfUrl = (fiscalYear: number | null) =>
  `/api/briefing.pdf${fiscalYear === null ? '' : `?fiscal_year=${fiscalYear}`}`;
