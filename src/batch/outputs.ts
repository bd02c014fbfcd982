import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../io.js';
import type { BatchManifest, Lineage, PairRecord } from '../types.js';

/** File names of a batch output folder. */
const OUTPUT_FILES = { manifest: 'batch.json', results: 'results.jsonl', lineage: 'lineage.json', index: 'index.html' } as const;

/** One `results.jsonl` line: keys in `PairRecord` order, no spaces, so equal records are equal bytes. */
function recordLine(record: PairRecord): string {
  return JSON.stringify(record) + '\n';
}

/**
 * Write the run-level outputs of a finished run (or a merge): `batch.json`, `results.jsonl` in pair order,
 * `lineage.json` (target mode) and `index.html`. The time is printed in the index only.
 */
export async function writeBatchOutputs(outDir: string, manifest: BatchManifest, records: PairRecord[], lineage: Lineage | null, generatedAt: string): Promise<void> {
  const sorted = [...records].sort((a, b) => a.pair - b.pair);
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), JSON.stringify(manifest, null, 2) + '\n');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.results), sorted.map(recordLine).join(''));
  if (lineage) await writeFileAtomic(join(outDir, OUTPUT_FILES.lineage), JSON.stringify(lineage, null, 2) + '\n');
  // The renderer (Handlebars and the templates) loads only when a run ends, not with every CLI command.
  const { renderBatchIndex } = await import('../report/batch-index.js');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.index), renderBatchIndex({ manifest, records: sorted, lineage, generatedAt }));
}

/** Read the outputs of a finished run (for `redline merge`). */
export async function readBatchOutputs(dir: string): Promise<{ manifest: BatchManifest; records: PairRecord[]; lineage: Lineage | null }> {
  const manifest = JSON.parse(await readFile(join(dir, OUTPUT_FILES.manifest), 'utf8')) as BatchManifest;
  const results = await readFile(join(dir, OUTPUT_FILES.results), 'utf8');
  const records = results.split('\n').filter(Boolean).map((line) => JSON.parse(line) as PairRecord);
  const lineage = manifest.mode === 'target' ? (JSON.parse(await readFile(join(dir, OUTPUT_FILES.lineage), 'utf8')) as Lineage) : null;
  return { manifest, records, lineage };
}
