import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityDefinition } from '@domain/catalog.js';
import { apiGet, type QueryValue } from '../http.js';
import type { Row } from './get-row.js';

export interface RowPage {
  items: Row[];
  total: number;
  limit: number;
  offset: number;
}

export interface ListParams {
  q?: string;
  sort?: string;
  limit?: number;
  offset?: number;
  filters?: Record<string, string>;
}

export const listRows = (entity: EntityDefinition, params: ListParams, signal?: AbortSignal) => {
  const { filters = {}, ...rest } = params;
  return apiGet<RowPage>(`/${entity.path}`, { ...rest, ...filters } as Record<string, QueryValue>, signal);
};

export const rowsQueryOptions = (entity: EntityDefinition, params: ListParams) =>
  queryOptions({
    queryKey: ['rows', entity.name, 'list', params],
    queryFn: ({ signal }) => listRows(entity, params, signal),
  });

export const useRows = (entity: EntityDefinition, params: ListParams, enabled = true) =>
  useQuery({ ...rowsQueryOptions(entity, params), placeholderData: keepPreviousData, enabled });
