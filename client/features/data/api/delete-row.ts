import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { EntityDefinition } from '@domain/catalog.js';
import { apiSend } from '../../../api/http.js';
import { rowPath } from '../../../api/rows/row-key.js';

export const deleteRow = ({ entity, key }: { entity: EntityDefinition; key: string }) =>
  apiSend<void>('DELETE', rowPath(entity, key));

export const useDeleteRow = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRow, onSuccess: () => queryClient.invalidateQueries() });
};
