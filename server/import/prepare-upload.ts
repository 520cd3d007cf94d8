import { Worker } from 'node:worker_threads';
import { HttpProblem } from '../http/http-problem.js';
import { PreparedAssembly, type PreparedMessage, type PreparedUpload } from './prepared-transfer.js';
import { readUpload, type UploadedFile } from './read-upload.js';
import { checkWorkbookRows } from './upload-limits.js';
import { validateRows } from './validate-rows.js';

export type { PreparedUpload };

/**
 * Uploads bigger than this are read and validated in a worker thread: starting one costs about a second, more
 * than a small upload takes, but reading and validating 10 MB of rows holds the event loop (and /api/health) for
 * seconds (docs/reliability.md has the figures).
 */
export const offThreadAboveBytes = 200 * 1024;

/** Heap of the worker: past it the worker stops, instead of the server. */
const workerHeapMb = 1024;

/** Reads every file, then, when none had a problem, validates every row (on this thread). */
export const prepareHere = async (files: UploadedFile[]): Promise<PreparedUpload> => {
  const { rows, problems } = await readUpload(files);
  return problems.length > 0 ? { problems } : { problems: [], validated: validateRows(rows) };
};

const prepareOffThread = (files: UploadedFile[]): Promise<PreparedUpload> =>
  new Promise((resolve, reject) => {
    // The .mjs entry registers tsx in the worker, which then loads prepare-upload-worker.ts.
    const worker = new Worker(new URL('./prepare-upload-worker.mjs', import.meta.url), {
      workerData: { files },
      resourceLimits: { maxOldGenerationSizeMb: workerHeapMb },
    });
    const assembly = new PreparedAssembly();
    worker.on('message', (message: PreparedMessage) => {
      try {
        const prepared = assembly.add(message);
        if (!prepared) {
          // The next slice only after other requests have had their turn.
          setImmediate(() => worker.postMessage('next'));
          return;
        }
        resolve(prepared);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
      void worker.terminate();
    });
    worker.once('error', (error: Error & { code?: string }) =>
      reject(
        error.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? new HttpProblem(
              413,
              'Upload too large',
              'The upload needs more memory to read than Braid allows; split it.',
            )
          : error,
      ),
    );
  });

/**
 * Reads and validates an upload, off the main thread when it is big, so other requests keep being answered. A
 * workbook past the row cap is refused first, without starting a worker (its rows are counted as it inflates).
 */
export const prepareUpload = async (files: UploadedFile[]): Promise<PreparedUpload> => {
  for (const file of files)
    if (file.name.toLowerCase().endsWith('.xlsx')) await checkWorkbookRows(file.name, file.content);
  return files.reduce((total, file) => total + file.content.length, 0) > offThreadAboveBytes
    ? prepareOffThread(files)
    : prepareHere(files);
};
