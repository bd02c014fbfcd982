import type { Argv } from 'yargs';
import { BATCH_MODES, type BatchMode, type BatchSummary } from '../../types.js';
import { DEFAULT_CACHE_DIR, DEFAULT_MIN_SIMILARITY } from '../../batch/index.js';
import { comparisonOptions } from '../define.js';
import { toCompareOptions, type Arguments } from '../to-options.js';
import type { CliIo } from '../run.js';
import { generationTime } from './report.js';

/** Exit codes of `batch` and `merge`: 0 all done; 1 done, but some input or pair failed (see batch.json / results.jsonl). */
export const BATCH_EXIT = { ok: 0, partial: 1 } as const;

/** `redline batch`: the argument definition, in yargs' command-module shape. */
export const batchCommand = {
  command: 'batch',
  describe: 'compare a target against a corpus (or each document with its predecessor, or every pair) and write reports, results.jsonl and an index',
  builder: <T>(command: Argv<T>) =>
    comparisonOptions(command)
      .option('target', { type: 'string', describe: 'the document to compare against every corpus document' })
      .option('corpus', { type: 'string', describe: 'folder read recursively for .txt/.md documents with front matter' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output folder' })
      .option('mode', { choices: BATCH_MODES, describe: 'target (default with --target), chain (each vs the previous of its series), all (every pair)' })
      .option('min-similarity', { type: 'number', default: DEFAULT_MIN_SIMILARITY, describe: 'document similarity from which a pair gets its own report; pairs below half of it are only estimated' })
      .option('shard', { type: 'string', describe: 'run the deterministic slice K/N of the pairs (merge the slices with `redline merge`)' })
      .option('jobs', { alias: 'j', type: 'number', describe: 'worker threads (default: all cores)' })
      .option('cache', { type: 'string', default: DEFAULT_CACHE_DIR, describe: 'cache folder for normalized documents and compared pairs (--no-cache: none)' })
      .epilogue('Exit codes: 0 done; 1 done, but some input or pair failed (see batch.json, results.jsonl); 2 bad usage or unusable target; 3 internal error. Recipes for shards: docs/batch.md.'),
};

/** `redline merge`: the argument definition. */
export const mergeCommand = {
  command: 'merge <dirs..>',
  describe: 'combine the outputs of `redline batch --shard K/N` runs into what one run writes',
  builder: <T>(command: Argv<T>) =>
    command
      .positional('dirs', { type: 'string', array: true, describe: 'the shard output folders' })
      .option('out', { alias: 'o', type: 'string', demandOption: true, describe: 'output folder' }),
};

/** Run `redline batch`: progress bar on a terminal, one summary line at the end; the exit code says whether anything failed. */
export async function runBatchCommand(argv: Arguments, io: Pick<CliIo, 'stdout' | 'stderr' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  // Loaded here, not at the top: every other command would pay for the worker pool and progress bar at start-up.
  const [{ runBatch, parseShard }, { default: cliProgress }] = await Promise.all([import('../../batch/index.js'), import('cli-progress')]);
  const bar = io.stdout.isTTY ? new cliProgress.SingleBar({ format: ' {phase} [{bar}] {value}/{total} {eta_formatted} left', clearOnComplete: true, hideCursor: true, stream: process.stderr }, cliProgress.Presets.shades_classic) : null;
  let phase = '';
  const summary = await runBatch({
    target: typeof argv.target === 'string' ? argv.target : undefined,
    corpus: typeof argv.corpus === 'string' ? argv.corpus : undefined,
    out: String(argv.out),
    mode: argv.mode as BatchMode | undefined,
    minSimilarity: typeof argv.minSimilarity === 'number' ? argv.minSimilarity : undefined,
    shard: typeof argv.shard === 'string' ? parseShard(argv.shard) : null,
    jobs: typeof argv.jobs === 'number' ? argv.jobs : undefined,
    cacheDir: argv.cache === false ? null : typeof argv.cache === 'string' ? argv.cache : undefined,
    compare: toCompareOptions(argv),
    maxBytes: typeof argv.maxBytes === 'number' ? argv.maxBytes : undefined,
    generatedAt: generationTime(io.env, now),
    onProgress: bar
      ? (event) => {
          if (event.phase !== phase) {
            if (phase) bar.stop();
            phase = event.phase;
            bar.start(event.total, 0, { phase: event.phase.padEnd(9) });
          }
          bar.update(event.done);
        }
      : undefined,
  });
  if (phase) bar?.stop();
  io.stdout.write(summaryLine(summary, String(argv.out)) + '\n');
  return summary.ok ? BATCH_EXIT.ok : BATCH_EXIT.partial;
}

/** Run `redline merge`. */
export async function runMergeCommand(argv: Arguments, io: Pick<CliIo, 'stdout' | 'env'>, now: () => Date = () => new Date()): Promise<number> {
  const { mergeBatches } = await import('../../batch/index.js');
  const dirs = (argv.dirs as unknown[]).map(String);
  const summary = await mergeBatches(dirs, String(argv.out), generationTime(io.env, now));
  io.stdout.write(`redline merge: ${summary.shards} shards, ${summary.pairs} pairs, ${summary.reports} reports → ${String(argv.out)}${summary.ok ? '' : ' (some inputs or pairs failed: see batch.json, results.jsonl)'}\n`);
  return summary.ok ? BATCH_EXIT.ok : BATCH_EXIT.partial;
}

/** The one line printed at the end of a batch. */
export function summaryLine(summary: BatchSummary, out: string): string {
  const failed = summary.failedDocuments || summary.failedPairs ? `; FAILED: ${summary.failedDocuments} documents, ${summary.failedPairs} pairs` : '';
  const slice = summary.shardPairs === summary.pairs ? `${summary.pairs} pairs` : `${summary.shardPairs} of ${summary.pairs} pairs`;
  return (
    `redline batch: ${summary.documents} documents, ${slice}: ${summary.compared} compared (${summary.reused} reused), ` +
    `${summary.estimated} estimated, ${summary.reports} reports in ${summary.seconds.total.toFixed(1)} s → ${out}${failed}`
  );
}
