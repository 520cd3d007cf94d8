import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { undoResult } from '@contract/changes.js';
import { apiSend } from '../../../api/http.js';

export type UndoResult = z.infer<typeof undoResult>;

export const undoChange = ({ id, cascade }: { id: string; cascade: boolean }) =>
  apiSend<UndoResult>('POST', `/changes/${encodeURIComponent(id)}/undo${cascade ? '?cascade=true' : ''}`);

/** Undo rewrites rows that every view reads, so every cached read is refreshed. */
export const useUndoChange = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: undoChange, onSuccess: () => queryClient.invalidateQueries() });
};
