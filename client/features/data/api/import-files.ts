import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { importReportSchema } from '../../../../server/routes/import-export.js';
import { apiUpload } from '../../../api/http.js';

export type ImportReport = z.infer<typeof importReportSchema>;
export type ImportMode = ImportReport['mode'];

export const importFiles = ({ files, mode }: { files: File[]; mode: ImportMode }) =>
  apiUpload<ImportReport>('/import', files, { mode });

/** Uploads files; on success everything read from the map is stale. */
export const useImportFiles = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importFiles, onSuccess: () => queryClient.invalidateQueries() });
};
