import { queryOptions, useQuery } from '@tanstack/react-query';
import type { EntityDefinition } from '@domain/catalog.js';
import { apiGet } from '../http.js';
import { rowPath } from './row-key.js';

export type Row = Record<string, unknown>;

export const getRow = (entity: EntityDefinition, key: string, signal?: AbortSignal) =>
  apiGet<Row>(rowPath(entity, key), undefined, signal);

export const rowQueryOptions = (entity: EntityDefinition, key: string) =>
  queryOptions({ queryKey: ['rows', entity.name, 'one', key], queryFn: ({ signal }) => getRow(entity, key, signal) });

export const useRow = (entity: EntityDefinition, key: string | null) =>
  useQuery({ ...rowQueryOptions(entity, key ?? ''), enabled: key !== null });
