import { lstat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchManifest, PairRecord } from '../types.js';
import { readBatchOutputs } from './outputs.js';
import { fileSafeId } from './read-corpus.js';

/**
 * The files a finished run wrote in its output folder, relative to it, as its `batch.json` and `results.jsonl` tell them:
 * the run-level files of its mode, each pair's report (`report`, `html`) and, for a whole chain run, each series'
 * history (`series/<id>.json`, with `.html` and `.docx` when the run wrote HTML). Null when the folder holds no run
 * redline can read (no `batch.json`, or one of another version): then nothing in it is redline's to remove.
 */
export async function filesOfRun(outDir: string): Promise<Set<string> | null> {
  let run: { manifest: BatchManifest; records: PairRecord[] };
  try {
    run = await readBatchOutputs(outDir);
  } catch {
    return null;
  }
  const { manifest, records } = run;
  const whole = manifest.shard === null;
  const html = records.some((record) => record.html !== null && record.html !== undefined);
  const files = new Set<string>(['batch.json', 'results.jsonl', 'index.html']);
  if (manifest.mode === 'chain' && whole) for (const name of ['digest.json', 'digest.md', 'digest.docx']) files.add(name);
  if (manifest.mode === 'target') {
    files.add('lineage.json');
    if (whole) for (const name of ['target.json', 'target.md', 'target.docx']) files.add(name);
  }
  for (const record of records) for (const path of [record.report, record.html]) if (typeof path === 'string') files.add(path);
  if (manifest.mode === 'chain' && whole) {
    for (const series of manifest.series) {
      if (series.documents.length < 2) continue;
      for (const extension of html ? ['json', 'html', 'docx'] : ['json']) files.add(`series/${fileSafeId(series.id)}.${extension}`);
    }
  }
  return files;
}

/** A path a run writes: a run-level file, or one file in `pairs/` or `series/`; never one that climbs out or goes deeper. */
const RUN_PATH = /^(?:(?:pairs|series)\/)?[^/\\]+$/;

/**
 * Remove what an earlier run wrote in the output folder and this one did not (trial 19a D14: a re-run into the same
 * `--out` left the first run's universal-jurisdiction history and two pair reports beside the new ones, unlinked, and
 * whoever zipped the folder shipped them). `before` is `filesOfRun` of the folder before this run wrote; only those
 * files are candidates, so a file redline never listed (the user's own notes) stays. Returns the paths removed, sorted.
 */
export async function removeStaleFiles(outDir: string, before: ReadonlySet<string> | null): Promise<string[]> {
  if (before === null) return [];
  const now = (await filesOfRun(outDir)) ?? new Set<string>();
  const removed: string[] = [];
  for (const path of [...before].sort()) {
    if (now.has(path) || !RUN_PATH.test(path) || path.split('/').some((part) => part === '..' || part === '.')) continue;
    const full = join(outDir, path);
    const info = await lstat(full).catch(() => null);
    if (!info?.isFile()) continue;
    await unlink(full);
    removed.push(path);
  }
  return removed;
}
