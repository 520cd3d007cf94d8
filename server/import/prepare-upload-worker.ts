import { once } from 'node:events';
import { parentPort, workerData } from 'node:worker_threads';
import { prepareHere } from './prepare-upload.js';
import { problemMessage, toMessages } from './prepared-transfer.js';
import type { UploadedFile } from './read-upload.js';

// Runs in a worker thread (prepare-upload.ts): parsing and validating a big upload is seconds of synchronous work
// that must not stall /api/health and every other request. A refusal (413) goes back as a message; any other
// error ends the worker and reaches the main thread as its 'error' event.
const { files } = workerData as { files: Array<{ name: string; content: Uint8Array }> };
const uploaded: UploadedFile[] = files.map((file) => ({ name: file.name, content: Buffer.from(file.content) }));
try {
  const messages = toMessages(await prepareHere(uploaded));
  // One message at a time: the main thread asks for the next once it has taken the last (prepared-transfer.ts).
  for (const [at, message] of messages.entries()) {
    parentPort?.postMessage(message);
    if (parentPort && at < messages.length - 1) await once(parentPort, 'message');
  }
} catch (error) {
  const message = problemMessage(error);
  if (!message) throw error;
  parentPort?.postMessage(message);
}
