import { RedlineError } from '../errors.js';
import type { Shard } from '../types.js';

/** Read `K/N` (1 ≤ K ≤ N) as a shard; the message says how to fix anything else. */
export function parseShard(text: string): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  // Beyond 2^53 a number no longer holds its digits (9007199254740993 reads as …992): such a K/N would name another shard.
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new RedlineError('bad-option', `--shard is ${JSON.stringify(text)}`, 'Give K/N with 1 ≤ K ≤ N ≤ 9007199254740991, e.g. --shard 2/8 (SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX + 1 as K).');
  }
  return { index, count };
}

/**
 * Whether pair number `pair` (its position in the run's canonical pair order) belongs to `shard`: round-robin, so
 * each shard gets an even mix of cheap and expensive pairs and the split depends on the plan alone.
 */
export function inShard(pair: number, shard: Shard | null): boolean {
  return shard === null || pair % shard.count === shard.index - 1;
}
