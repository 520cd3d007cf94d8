import { Worker } from 'node:worker_threads';
import { entityByName, type EntityName } from '../domain/catalog.js';
import { HttpProblem } from '../http/http-problem.js';
import type { ImportProblem } from '../domain/import-problems.js';
import type { ReadResult, SourceRow } from './source-rows.js';

/** Heap of the worker that loads a workbook: past it the worker stops, instead of the server. */
const workerHeapMb = 1024;

interface WorkerResult {
  rows: Array<Omit<SourceRow, 'entity'> & { table: EntityName }>;
  problems: ImportProblem[];
}

/** `readXlsx` in a worker thread with a bounded heap, so the event loop keeps answering while it runs. */
export const readXlsxOffThread = (fileName: string, content: Buffer): Promise<ReadResult> =>
  new Promise((resolve, reject) => {
    // The .mjs entry registers tsx in the worker, which then loads read-xlsx-worker.ts.
    const worker = new Worker(new URL('./read-xlsx-worker.mjs', import.meta.url), {
      workerData: { fileName, content },
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    });
    worker.once('message', (result: WorkerResult) => {
      resolve({
        rows: result.rows.map(({ table, ...row }) => ({ ...row, entity: entityByName(table) })),
        problems: result.problems,
      });
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new HttpProblem(
              413,
              'Workbook too large',
              `${fileName} needs more memory to read than Braid allows; split it.`,
            )
          : error,
      ),
    );
  });
