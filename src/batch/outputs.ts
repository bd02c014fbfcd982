import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io.js';
import type { BatchManifest, Lineage, PairRecord, SeriesHistoryRecord } from '../types.js';
import { chainDigest } from './chain-series.js';

/** File names of a batch output folder. */
const OUTPUT_FILES = {
  manifest: 'batch.json',
  results: 'results.jsonl',
  lineage: 'lineage.json',
  digestJson: 'digest.json',
  digestMarkdown: 'digest.md',
  digestDocx: 'digest.docx',
  index: 'index.html',
} as const;

/** One `results.jsonl` line: keys in `PairRecord` order, no spaces, so equal records are equal bytes. */
function recordLine(record: PairRecord): string {
  return JSON.stringify(record) + '\n';
}

/** Records per string joined before it becomes bytes: the lines of two million pairs as one string pass V8's limit. */
const LINES_PER_CHUNK = 10_000;

/** `results.jsonl` as bytes, built in chunks (one line per record). */
function recordLines(records: readonly PairRecord[]): Buffer {
  const chunks: Buffer[] = [];
  for (let start = 0; start < records.length; start += LINES_PER_CHUNK) chunks.push(Buffer.from(records.slice(start, start + LINES_PER_CHUNK).map(recordLine).join(''), 'utf8'));
  return Buffer.concat(chunks);
}

/**
 * Write the run-level outputs of a finished run (or a merge): `batch.json`, `results.jsonl` in pair order,
 * `lineage.json` (target mode), `digest.json`, `digest.md` and `digest.docx` (a whole chain run: what was negotiated, from the pair
 * reports in `pairs/`; a shard holds only part of the pairs, so its digest waits for the merge) and `index.html`
 * (with the digest's section when there is one). The time is printed in the index only.
 */
export async function writeBatchOutputs(outDir: string, manifest: BatchManifest, records: PairRecord[], lineage: Lineage | null, generatedAt: string, histories: readonly SeriesHistoryRecord[] = []): Promise<void> {
  const sorted = [...records].sort((a, b) => a.pair - b.pair);
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.results), recordLines(sorted));
  if (lineage) await writeFileAtomic(join(outDir, OUTPUT_FILES.lineage), JSON.stringify(lineage, null, 2) + '\n');
  const digest = manifest.mode === 'chain' && manifest.shard === null ? await chainDigest(outDir, sorted, manifest.series, histories) : null;
  // The renderers (Handlebars and the templates) load only when a run ends, not with every CLI command.
  if (digest) {
    const { renderDigestJson, renderDigestMarkdown } = await import('../report/digest.js');
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestJson), renderDigestJson(digest));
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestMarkdown), renderDigestMarkdown(digest));
    const { renderDigestDocx } = await import('../report/digest-docx.js');
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestDocx), await renderDigestDocx(digest));
  }
  const { renderBatchIndex } = await import('../report/batch-index.js');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.index), renderBatchIndex({ manifest, records: sorted, lineage, digest, histories, generatedAt }));
}

/** Read the outputs of a finished run (for `redline merge`). */
export async function readBatchOutputs(dir: string): Promise<{ manifest: BatchManifest; records: PairRecord[]; lineage: Lineage | null }> {
  const manifest = JSON.parse(await readFile(join(dir, OUTPUT_FILES.manifest), 'utf8')) as BatchManifest;
  // Read as bytes and split line by line: the file of a large run is longer than a string can be.
  const results = await readFile(join(dir, OUTPUT_FILES.results));
  const records: PairRecord[] = [];
  for (let start = 0; start < results.length; ) {
    const end = results.indexOf(10, start);
    const line = results.toString('utf8', start, end === -1 ? results.length : end);
    if (line) records.push(JSON.parse(line) as PairRecord);
    start = end === -1 ? results.length : end + 1;
  }
  const lineage = manifest.mode === 'target' ? (JSON.parse(await readFile(join(dir, OUTPUT_FILES.lineage), 'utf8')) as Lineage) : null;
  return { manifest, records, lineage };
}
