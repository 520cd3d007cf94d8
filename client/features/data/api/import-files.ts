import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '@contract/import-report.js';
import { apiUpload } from '../../../api/http.js';

export type ImportMode = ImportReport['mode'];

/** What the uploaded files are: the braid/1 format, or one of the public sources (docs/real-data.md). */
export const importSourceChoices = [
  { value: 'braid', label: 'Braid format: CSV files, an XLSX workbook or a JSON bundle' },
  { value: 'pa-portal', label: 'Pennsylvania grants portal export (JSON)' },
  { value: 'ca-portal', label: 'California Grants Portal (CSV download or JSON)' },
  { value: 'fpi', label: 'Federal Program Inventory extract (the four CSV files)' },
  { value: 'grants-gov', label: 'Grants.gov search export (CSV)' },
] as const;
export type ImportSourceChoice = (typeof importSourceChoices)[number]['value'];

export interface ImportRequest {
  files: File[];
  mode: ImportMode;
  source: ImportSourceChoice;
  /** fpi: FPI categories, `;`-separated. */
  categories?: string;
  /** portals: the close date given to releases that never close. */
  openEndedCloses?: string;
  /** replace: the user has confirmed that tables the files have no rows for are emptied. */
  confirmDeleteMissing?: boolean;
}

export const importFiles = ({
  files,
  mode,
  source,
  categories,
  openEndedCloses,
  confirmDeleteMissing,
}: ImportRequest) =>
  apiUpload<ImportReport>('/import', files, {
    mode,
    ...(mode === 'replace' && confirmDeleteMissing ? { confirm: 'delete-missing' } : {}),
    ...(source === 'braid' ? {} : { source }),
    ...(source === 'fpi' && categories ? { categories } : {}),
    ...(source !== 'braid' && source !== 'fpi' && openEndedCloses ? { open_ended_closes: openEndedCloses } : {}),
  });

/** Uploads files; on success everything read from the map is stale. */
export const useImportFiles = () => {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: importFiles, onSuccess: () => queryClient.invalidateQueries() });
};
