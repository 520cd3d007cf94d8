import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditPage } from '@contract/audit.js';
import { apiGet } from '../../../api/http.js';

export type AuditPage = z.infer<typeof auditPage>;

export interface AuditFilters {
  actor?: string;
  table?: string;
  from?: string;
  to?: string;
  offset: number;
}

export const pageSize = 50;

export const getAudit = (filters: AuditFilters, signal?: AbortSignal) =>
  apiGet<AuditPage>('/audit', { ...filters, limit: pageSize }, signal);

export const auditQueryOptions = (filters: AuditFilters) =>
  queryOptions({
    queryKey: ['audit', filters],
    queryFn: ({ signal }) => getAudit(filters, signal),
    placeholderData: keepPreviousData,
  });

export const useAudit = (filters: AuditFilters) => useQuery(auditQueryOptions(filters));
