import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityDefinition } from '@domain/catalog.js';
import { apiSend } from '../../../api/http.js';
import type { Row } from '../../../api/rows/get-row.js';
import { rowPath } from '../../../api/rows/row-key.js';

export interface SaveRowInput {
  entity: EntityDefinition;
  /** The key of the row being replaced; absent to create one. */
  key: string | null;
  values: Row;
  /** The ETag the edit started from: the server refuses (409) if the row changed since. */
  ifMatch?: string | null;
}

export const saveRow = ({ entity, key, values, ifMatch }: SaveRowInput) =>
  key === null
    ? apiSend<Row>('POST', `/${entity.path}`, values)
    : apiSend<Row>('PUT', rowPath(entity, key), values, ifMatch ? { 'if-match': ifMatch } : {});

/** Creates or replaces a row; the map and every analytic read it, so all cached reads are refreshed. */
export const useSaveRow = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: saveRow, onSuccess: () => queryClient.invalidateQueries() });
};
