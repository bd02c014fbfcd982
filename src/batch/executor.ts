import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runTask, type BatchTask } from './tasks.js';

/** How tasks run: a piscina pool of worker threads, or this thread (one job, or sources not compiled to JS). */
export interface Executor {
  /** Threads that run tasks at once. */
  threads: number;
  /** Run one task; resolves to what the task returns. */
  run(task: BatchTask): Promise<unknown>;
  /** Stop the threads. */
  close(): Promise<void>;
}

/** The compiled worker beside this module; absent when running from TypeScript sources (tests). */
const WORKER_URL = new URL('./worker.js', import.meta.url);

/** An executor of `jobs` threads; piscina is loaded only when there is more than one. */
export async function createExecutor(jobs: number): Promise<Executor> {
  const threads = Math.max(1, Math.floor(jobs));
  if (threads === 1 || !existsSync(fileURLToPath(WORKER_URL))) return { threads: 1, run: runTask, close: async () => undefined };
  const { Piscina } = await import('piscina');
  const pool = new Piscina({ filename: WORKER_URL.href, minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  return { threads, run: (task) => pool.run(task), close: () => pool.destroy() };
}

/** Map with at most `limit` tasks in flight; results in input order; `onDone` sees each as it completes. */
export async function mapLimited<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>, onDone: (result: R) => unknown): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const position = next++;
      results[position] = await run(items[position]);
      await onDone(results[position]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}
