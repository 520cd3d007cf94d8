import { queryOptions, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { auditActors } from '@contract/audit.js';
import { apiGet } from '../../../api/http.js';

export type AuditActors = z.infer<typeof auditActors>;

export const getAuditActors = (signal?: AbortSignal) => apiGet<AuditActors>('/audit/actors', undefined, signal);

export const auditActorsQueryOptions = () =>
  queryOptions({ queryKey: ['audit', 'actors'], queryFn: ({ signal }) => getAuditActors(signal) });

export const useAuditActors = () => useQuery(auditActorsQueryOptions());
