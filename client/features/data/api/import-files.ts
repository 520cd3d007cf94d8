import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '@contract/import-report.js';
import { apiUpload } from '../../../api/http.js';

export type ImportMode = ImportReport['mode'];

/** The upload's own format, offered beside the public sources GET /api/sources lists. */
export const braidFormat = { name: 'braid', label: 'Braid format: CSV files, an XLSX workbook or a JSON bundle' };

export interface ImportRequest {
  files: File[];
  mode: ImportMode;
  /** `braid`, or the name of a public source (docs/real-data.md). */
  source: string;
  /** The chosen source's options by their query parameter; empty ones are left out. */
  options?: Record<string, string>;
  /** replace: the user has confirmed that tables the files have no rows for are emptied. */
  confirmDeleteMissing?: boolean;
}

const given = (options: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(options).filter(([, value]) => value.trim() !== ''));

export const importFiles = ({ files, mode, source, options = {}, confirmDeleteMissing }: ImportRequest) =>
  apiUpload<ImportReport>('/import', files, {
    mode,
    ...(mode === 'replace' && confirmDeleteMissing ? { confirm: 'delete-missing' } : {}),
    ...(source === braidFormat.name ? {} : { source, ...given(options) }),
  });

/** Uploads files; on success everything read from the map is stale. */
export const useImportFiles = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importFiles, onSuccess: () => queryClient.invalidateQueries() });
};
