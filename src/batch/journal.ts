import { appendFile, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { Shard } from '../types.js';
import type { CompareResult } from './tasks.js';
import { isJournaledResult } from './cache-entries.js';

/**
 * The journal of a run: each compared pair is appended as it completes, so a run that is interrupted resumes where it
 * stopped. One file per plan and shard in the output folder, removed when the run's outputs are written.
 */
export function journalPath(outDir: string, planKey: string, shard: Shard | null): string {
  return join(outDir, `.batch-journal-${planKey.slice(0, 16)}-${shard ? `${shard.index}-of-${shard.count}` : 'all'}.jsonl`);
}

/** Results journaled by an interrupted run of the same plan and shard, by pair number. */
export async function readJournal(path: string): Promise<Map<number, CompareResult>> {
  const done = new Map<number, CompareResult>();
  const text = await readFile(path, 'utf8').catch(() => '');
  for (const line of text.split('\n')) {
    if (!line) continue;
    try {
      const result: unknown = JSON.parse(line);
      // A journal line is checked like a cache entry: a damaged or crafted one is compared again, never trusted.
      if (isJournaledResult(result) && result.record.error === undefined) done.set(result.record.pair, result); // failed pairs are tried again
    } catch {
      // the line the interruption cut short
    }
  }
  return done;
}

/** Record one compared pair. */
export async function appendJournal(path: string, result: CompareResult): Promise<void> {
  await appendFile(path, JSON.stringify({ record: result.record }) + '\n');
}

/** Remove the journal of a finished run. */
export async function removeJournal(path: string): Promise<void> {
  await unlink(path).catch(() => undefined);
}
