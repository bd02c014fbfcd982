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

/**
 * Write the run-level outputs of a finished run (or a merge): `batch.json`, `results.jsonl` in pair order,
 * `lineage.json` (target mode), `digest.json`, `digest.md` and `digest.docx` (a whole chain run: what was negotiated, from the pair
 * reports in `pairs/`; a shard holds only part of the pairs, so its digest waits for the merge) and `index.html`
 * (with the digest's section when there is one). The time is printed in the index only.
 */
export async function writeBatchOutputs(outDir: string, manifest: BatchManifest, records: PairRecord[], lineage: Lineage | null, generatedAt: string, histories: readonly SeriesHistoryRecord[] = []): Promise<void> {
  const sorted = [...records].sort((a, b) => a.pair - b.pair);
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.results), sorted.map(recordLine).join(''));
  if (lineage) await writeFileAtomic(join(outDir, OUTPUT_FILES.lineage), JSON.stringify(lineage, null, 2) + '\n');
  const digest = manifest.mode === 'chain' && manifest.shard === null ? await chainDigest(outDir, sorted, manifest.series) : null;
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
  const results = await readFile(join(dir, OUTPUT_FILES.results), 'utf8');
  const records = results.split('\n').filter(Boolean).map((line) => JSON.parse(line) as PairRecord);
  const lineage = manifest.mode === 'target' ? (JSON.parse(await readFile(join(dir, OUTPUT_FILES.lineage), 'utf8')) as Lineage) : null;
  return { manifest, records, lineage };
}
