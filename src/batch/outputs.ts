import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RedlineError } from '../errors.js';
import { writeFileAtomic } from '../io.js';
import { BATCH_SCHEMA_VERSION, DIGEST_SCHEMA_VERSION, LINEAGE_SCHEMA_VERSION, RESULTS_SCHEMA_VERSION, TARGET_MEMO_SCHEMA_VERSION, type TargetMemoFile, type BatchManifest, type BatchManifestFile, type Digest, type DigestFile, type DigestKept, type Lineage, type LineageFile, type PairRecord, type PairRecordLine, type SeriesHistoryRecord } from '../types.js';
import { chainDigest } from './chain-series.js';
import { digestOfCommittees, digestSince } from '../digest/index.js';
import { targetMemoOf } from './lineage-pairs.js';

/** File names of a batch output folder. */
const OUTPUT_FILES = {
  manifest: 'batch.json',
  results: 'results.jsonl',
  lineage: 'lineage.json',
  digestJson: 'digest.json',
  digestMarkdown: 'digest.md',
  digestDocx: 'digest.docx',
  targetJson: 'target.json',
  targetMarkdown: 'target.md',
  targetDocx: 'target.docx',
  index: 'index.html',
} as const;

/**
 * One `results.jsonl` line (`PairRecordLine`): its contract's version first, then the keys in `PairRecord` order, no
 * spaces, so equal records are equal bytes (a record read back with its version still gets one, never two).
 */
function recordLine(record: PairRecord): string {
  const line: PairRecordLine = { schemaVersion: RESULTS_SCHEMA_VERSION, ...record };
  return JSON.stringify(line) + '\n';
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
 * `lineage.json`, `target.json`, `target.md` and `target.docx` (a whole target run: the target's memo, `targetMemoOf`), `digest.json`, `digest.md` and `digest.docx` (a whole chain run: what was negotiated, from the pair
 * reports in `pairs/`; a shard holds only part of the pairs, so its digest waits for the merge) and `index.html`
 * (with the digest's section when there is one). The time is printed in the index only. `batch.json`, each line of
 * `results.jsonl`, `lineage.json` and `digest.json` open with the version of their own contract (`BatchOutputFile`,
 * schemas in docs/), so a reader of one file alone knows which contract it holds.
 */
export async function writeBatchOutputs(outDir: string, manifest: BatchManifest, records: PairRecord[], lineage: Lineage | null, generatedAt: string, histories: readonly SeriesHistoryRecord[] = [], since: string | null = null, committees: readonly string[] | null = null, cacheDir: string | null = null, cacheProblems: string[] = []): Promise<DigestKept | null> {
  const sorted = [...records].sort((a, b) => a.pair - b.pair);
  const manifestFile: BatchManifestFile = { schemaVersion: BATCH_SCHEMA_VERSION, ...manifest };
  await writeFileAtomic(join(outDir, OUTPUT_FILES.manifest), JSON.stringify(manifestFile, null, 2) + '\n');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.results), recordLines(sorted));
  if (lineage) {
    const lineageFile: LineageFile = { schemaVersion: LINEAGE_SCHEMA_VERSION, ...lineage };
    await writeFileAtomic(join(outDir, OUTPUT_FILES.lineage), JSON.stringify(lineageFile, null, 2) + '\n');
  }
  const chained = manifest.mode === 'chain' && manifest.shard === null ? await chainDigest(outDir, sorted, manifest.series, histories, cacheDir, cacheProblems) : null;
  const whole = chained ? withInputsNotRead(chained, manifest) : null;
  // `--since`: the digest of one period ("what changed this session"); the pairs' reports and histories stay whole.
  const dated = whole && since !== null ? digestSince(whole, since) : whole;
  // The inputs left out as copies are said in the digest's header too: a reader who counts the documents given finds
  // why one has no step (the batch's warning is on the terminal only).
  const withCopies = dated && manifest.duplicates?.length ? { ...dated, duplicates: manifest.duplicates } : dated;
  // `--committee`: the series of some Main Committees ("the Second and Third Committees"); the run planned only those
  // (`manifest.committees` counts the series it left out), so the digest says what was left out.
  const kept = committees ?? manifest.committees?.names ?? null;
  const digest = withCopies && kept !== null ? digestOfCommittees(withCopies, kept, manifest.committees?.seriesLeftOut ?? 0) : withCopies;
  // The renderers (Handlebars and the templates) load only when a run ends, not with every CLI command.
  if (digest) {
    const { renderDigestJson, renderDigestMarkdown } = await import('../report/digest.js');
    const digestFile: DigestFile = { schemaVersion: DIGEST_SCHEMA_VERSION, ...digest };
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestJson), renderDigestJson(digestFile));
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestMarkdown), renderDigestMarkdown(digest));
    const { renderDigestDocx } = await import('../report/digest-docx.js');
    await writeFileAtomic(join(outDir, OUTPUT_FILES.digestDocx), await renderDigestDocx(digest));
  }
  // A whole target run: its memo, from the lineage and the reports of the pairs compared in full (a shard holds only
  // part of the pairs, so its memo waits for the merge).
  const memo = manifest.mode === 'target' && manifest.shard === null && lineage ? await targetMemoOf(outDir, manifest, sorted, lineage) : null;
  if (memo) {
    const { renderTargetMemoJson, renderTargetMemoMarkdown } = await import('../report/target-memo.js');
    const memoFile: TargetMemoFile = { schemaVersion: TARGET_MEMO_SCHEMA_VERSION, ...memo };
    await writeFileAtomic(join(outDir, OUTPUT_FILES.targetJson), renderTargetMemoJson(memoFile));
    await writeFileAtomic(join(outDir, OUTPUT_FILES.targetMarkdown), renderTargetMemoMarkdown(memo));
    const { renderTargetMemoDocx } = await import('../report/target-docx.js');
    await writeFileAtomic(join(outDir, OUTPUT_FILES.targetDocx), await renderTargetMemoDocx(memo));
  }
  const { renderBatchIndex } = await import('../report/batch-index.js');
  await writeFileAtomic(join(outDir, OUTPUT_FILES.index), renderBatchIndex({ manifest, records: sorted, lineage, digest, memo, histories, generatedAt }));
  return digest === null ? null : { series: digest.series.length, steps: digest.series.reduce((total, entry) => total + entry.steps.length, 0), since: digest.since ?? null, committees: digest.committees ?? null };
}

/**
 * The digest with each series that lacks a draft's adopted text told how many inputs were not read: the text may be
 * among them (trial 19-b D4: the adopted text, saved as .odt, was skipped, and the digest said it was not in the corpus).
 */
function withInputsNotRead(digest: Digest, manifest: BatchManifest): Digest {
  const skipped = (manifest.skipped ?? []).filter((file) => file.kind === 'other-format').length;
  const failed = manifest.failures.length;
  if (skipped + failed === 0) return digest;
  return { ...digest, series: digest.series.map((series) => (series.draftsWithoutAdopted?.length ? { ...series, inputsNotRead: { skipped, failed } } : series)) };
}

/**
 * The object of a batch output file without its `schemaVersion`, after checking it: a file of the version this redline
 * writes, or one written before outputs were versioned (no `schemaVersion`: the version-1 shape). A later version is
 * refused, since its fields may mean something else.
 */
function unversioned<T extends object>(value: T & { schemaVersion?: unknown }, version: number, file: string, dir: string): T {
  const { schemaVersion, ...rest } = value;
  if (schemaVersion !== undefined && schemaVersion !== version) {
    throw new RedlineError('shard-mismatch', `holds a ${file} of schemaVersion ${JSON.stringify(schemaVersion)}; this redline reads version ${version}`, 'Merge with the version of redline that wrote the shards, or run them again with this one.', dir);
  }
  return rest as T;
}

/** Read the outputs of a finished run (for `redline merge`), without the files' `schemaVersion` (checked: `unversioned`). */
export async function readBatchOutputs(dir: string): Promise<{ manifest: BatchManifest; records: PairRecord[]; lineage: Lineage | null }> {
  const manifest = unversioned<BatchManifest>(JSON.parse(await readFile(join(dir, OUTPUT_FILES.manifest), 'utf8')), BATCH_SCHEMA_VERSION, OUTPUT_FILES.manifest, dir);
  // Read as bytes and split line by line: the file of a large run is longer than a string can be.
  const results = await readFile(join(dir, OUTPUT_FILES.results));
  const records: PairRecord[] = [];
  for (let start = 0; start < results.length; ) {
    const end = results.indexOf(10, start);
    const line = results.toString('utf8', start, end === -1 ? results.length : end);
    if (line) records.push(unversioned<PairRecord>(JSON.parse(line), RESULTS_SCHEMA_VERSION, OUTPUT_FILES.results, dir));
    start = end === -1 ? results.length : end + 1;
  }
  const lineage = manifest.mode === 'target' ? unversioned<Lineage>(JSON.parse(await readFile(join(dir, OUTPUT_FILES.lineage), 'utf8')), LINEAGE_SCHEMA_VERSION, OUTPUT_FILES.lineage, dir) : null;
  return { manifest, records, lineage };
}
