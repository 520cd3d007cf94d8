import { useQuery } from '@tanstack/react-query';
import type { EntityDefinition } from '@domain/catalog.js';
import { apiGetWithEtag } from '../../../api/http.js';
import type { Row } from '../../../api/rows/get-row.js';
import { rowPath } from '../../../api/rows/row-key.js';

/** A row to edit with the version (ETag) the edit starts from; never served from cache, so the version is fresh. */
export const getEditableRow = (entity: EntityDefinition, key: string, signal?: AbortSignal) =>
  apiGetWithEtag<Row>(rowPath(entity, key), signal);

export const useEditableRow = (entity: EntityDefinition, key: string) =>
  useQuery({
    queryKey: ['rows', entity.name, 'editable', key],
    queryFn: ({ signal }) => getEditableRow(entity, key, signal),
    staleTime: 0,
    gcTime: 0,
  });
