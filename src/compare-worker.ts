import { parentPort, workerData } from 'node:worker_threads';
import { isRedlineError } from './errors.js';
import { compareDocuments } from './pipeline.js';
import type { Document, ResolvedOptions } from './types.js';

/**
 * The worker-thread entry of an abortable comparison (`pipeline.ts`, `compareInWorker`): one pair in, its comparison
 * out. A comparison is synchronous, so a caller's AbortSignal (a timer, another request) cannot fire while it runs in
 * the caller's thread; run here, the caller's thread stays free to see the abort and to terminate this one at once.
 */
interface CompareWorkerInput {
  left: Document;
  right: Document;
  options: ResolvedOptions;
}

const { left, right, options } = workerData as CompareWorkerInput;
try {
  parentPort?.postMessage({ result: compareDocuments(left, right, options) });
} catch (error) {
  // A RedlineError crosses the thread boundary as its fields (a structured clone keeps no class), rebuilt on the other side.
  if (isRedlineError(error)) parentPort?.postMessage({ refusal: { code: error.code, message: error.message, hint: error.hint, file: error.file } });
  else throw error;
}
