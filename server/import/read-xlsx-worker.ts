import { parentPort, workerData } from 'node:worker_threads';
import { readXlsx } from './read-xlsx.js';

// Runs in a worker thread (read-xlsx-off-thread.ts): loading a workbook is seconds of synchronous work that
// must not stall /api/health and every other request. Rows go back with their table's name, not its
// definition (zod schemas do not cross threads).
const { fileName, content } = workerData as { fileName: string; content: Uint8Array };
const result = await readXlsx(fileName, Buffer.from(content));
parentPort?.postMessage({
  rows: result.rows.map(({ entity, ...row }) => ({ ...row, table: entity.name })),
  problems: result.problems,
});
