import { existsSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { RedlineError, isRedlineError } from '../errors.js';
import type { BatchManifest, Lineage, LineageClauseMatch, LineageClosest, LineageMatch, LineageUnchecked, MergeSummary, PairRecord, SeriesHistoryRecord } from '../types.js';
import { readBatchOutputs, writeBatchOutputs } from './outputs.js';
import { buildLineage } from './lineage.js';
import { PAIR_REPORT_PATH } from './cache-entries.js';
import { makeFolder } from '../io.js';
import { writeHistories } from './compare.js';
import { createExecutor } from './executor.js';
import { batchJobs } from './run.js';
import { SINCE_DATE } from '../digest/since.js';
import { filesOfRun, removeStaleFiles } from './stale.js';
import { compareSkips } from './skips.js';
import { markChainRecords, planPairs } from './plan.js';
import { documentSignature } from './signature.js';
import { loadAnyDocument } from '../ingest/index.js';

/**
 * Combine the outputs of the shards of one run into what a single run writes: the shards must share the plan key
 * (same inputs, mode and options) and together hold every shard 1..N exactly once. Pair reports are copied;
 * `results.jsonl`, `lineage.json`, `batch.json` and `index.html` are rebuilt; a chain run's series histories
 * (`series/`) are collated here, as a single run collates them once its pairs are compared (`mergedHistories`), and
 * its digest written from them. `since` (a chain run's): the digest keeps only the steps to a text dated on or after it,
 * as `batch --since` does (`digestSince`); the pairs, reports and histories stay whole. A finished run's folder alone
 * merges too: `redline merge run/ -o session80/ --since 2025-09-09` writes that session's digest without comparing again.
 * What an earlier run or merge wrote into `outDir` and this merge does not write again is removed (`removed`).
 */
export async function mergeBatches(dirs: readonly string[], outDir: string, generatedAt: string, since: string | null = null): Promise<MergeSummary> {
  if (dirs.length === 0) throw new RedlineError('bad-option', 'nothing to merge', 'Name the shard output folders: redline merge out-1 out-2 … --out merged.');
  if (since !== null && !SINCE_DATE.test(since)) throw new RedlineError('bad-option', `--since is ${since}`, 'Give a date as YYYY-MM-DD, YYYY-MM or YYYY, e.g. --since 2025-09-09 for the texts of the 80th session.');
  const shards = await Promise.all(dirs.map(async (dir) => ({ dir, ...(await readBatchOutputs(dir).catch((error: unknown) => { if (isRedlineError(error)) throw error; throw new RedlineError('not-a-batch', 'holds no finished batch output (batch.json, results.jsonl)', 'Merge the --out folders of finished `redline batch --shard K/N` runs.', dir); })) })));
  const first = shards[0].manifest;
  if (since !== null && first.mode !== 'chain') throw new RedlineError('bad-option', `--since restricts the digest of chain mode; these shards ran --mode ${first.mode}`, 'Drop --since, or merge the shards of a --mode chain run.');
  const seen = new Set<number>();
  for (const shard of shards) {
    if (shard.manifest.planKey !== first.planKey) {
      throw new RedlineError('shard-mismatch', 'was run on other inputs or options than the first folder', 'Merge only shards of one run: same corpus, target, mode and options.', shard.dir);
    }
    const count = shard.manifest.shard?.count ?? 1;
    const index = shard.manifest.shard?.index ?? 1;
    if (count !== (first.shard?.count ?? 1) || seen.has(index)) throw new RedlineError('shard-mismatch', `repeats shard ${index}/${count} or mixes shard counts`, 'Give each shard K/N of one run exactly once.', shard.dir);
    seen.add(index);
  }
  const count = first.shard?.count ?? 1;
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !seen.has(index));
  if (missing.length) throw new RedlineError('shard-missing', `shards ${missing.join(', ')} of ${count} are missing`, 'Run the missing shards (or wait for them) and merge again.');

  // What an earlier run or merge wrote here, read before this merge overwrites its batch.json: removed below if not
  // written again, as `batch` does (`removeStaleFiles`), so the folder holds this merge only.
  const earlier = await filesOfRun(outDir);
  await makeFolder(join(outDir, 'pairs')).catch((error: NodeJS.ErrnoException) => {
    throw new RedlineError('cannot-write', `cannot create the output folder (${error.code ?? error.message})`, 'Name a folder (new or existing) for --out, not a file.', outDir);
  });
  const records: PairRecord[] = [];
  // Which pair each report path belongs to: shards written before report names were unique per pair (ids such as
  // `a__b`) may name one file for two pairs, and copying both would leave one pair linked to the other's report.
  const owners = new Map<string, number>();
  for (const shard of shards) {
    // Only the reports the shard's own records name: `pairs/` may hold stale reports of an earlier run into the same
    // folder, and a record's path must be a file of `pairs/` (a crafted results.jsonl must not copy files from elsewhere).
    for (const record of shard.records) {
      records.push(record);
      for (const path of [record.report, record.html]) {
        if (path === null || path === undefined) continue;
        if (!PAIR_REPORT_PATH.test(path)) throw new RedlineError('not-a-batch', `names a pair report outside pairs/ (${JSON.stringify(path).slice(0, 80)})`, 'Merge only folders written by `redline batch`.', shard.dir);
        const owner = owners.get(path);
        if (owner !== undefined && owner !== record.pair) throw new RedlineError('shard-mismatch', `gives pairs ${owner + 1} and ${record.pair + 1} the same report ${path}`, 'Run the shards again with this version of redline (it names each pair’s report apart) and merge their folders.', shard.dir);
        owners.set(path, record.pair);
        await copyFile(join(shard.dir, path), join(outDir, path)).catch((error: NodeJS.ErrnoException) => {
          throw new RedlineError('not-a-batch', `lacks the pair report ${path} (${error.code ?? error.message})`, 'Run the shard again, or merge the folders it wrote.', shard.dir);
        });
      }
    }
  }
  // Shards of a run from before series were grouped have none: an empty list, as such a run would have now.
  const manifest: BatchManifest = { ...first, shard: null, series: first.series ?? [] };
  const lineage = first.mode === 'target' ? mergeLineage(first, shards.map((shard) => shard.lineage!)) : null;
  // A chain's pairs past an unrelated version, as a whole run compares them (`compareSkips`), before its histories.
  if (manifest.mode === 'chain') await mergedSkips(manifest, records, outDir);
  const histories = manifest.mode === 'chain' ? await mergedHistories(manifest, records, outDir) : [];
  await writeBatchOutputs(outDir, manifest, records, lineage, generatedAt, histories, since);
  const removed = await removeStaleFiles(outDir, earlier);
  return {
    shards: shards.length,
    pairs: records.length,
    reports: records.filter((record) => record.report !== null).length,
    ok: first.failures.length === 0 && records.every((record) => record.error === undefined),
    removed,
  };
}

/**
 * The pairs past an unrelated version of a merged chain run (`compareSkips`): no shard compares them, since whether a
 * step is unrelated is known only once its pair is compared, and another shard may hold it; so a sharded run's digest
 * lacked `2008-01-30 → 2008-03-18 (skipping 2008-03-11, unrelated)` that the whole run lists (session 21). Here every
 * step's record is at hand: the planned pairs are made again from the plan, the documents read again from the paths
 * the plan recorded for their signatures, and the extra pairs compared and written to `outDir`, numbered after the
 * planned ones as a whole run numbers them. None when an input is no longer where the run read it (a merge on another
 * machine): the digest then lists the unrelated steps alone, as before. Adds the records and counts them in
 * `manifest.pairs`.
 */
async function mergedSkips(manifest: BatchManifest, records: PairRecord[], outDir: string): Promise<void> {
  if (manifest.series.length === 0 || manifest.documents.some((document) => !existsSync(document.path))) return;
  const pairs = planPairs(manifest.documents, 'chain', null, manifest.series);
  if (pairs.length !== manifest.pairs) return;
  const { minSimilarity: _minSimilarity, candidateFloor, unit, seriesBy: _seriesBy, trackedChanges, ...compare } = manifest.options;
  markChainRecords(records, pairs, candidateFloor, manifest.series);
  if (!records.some((record) => record.unrelated)) return;
  const signatures = await Promise.all(manifest.documents.map(async (document) => documentSignature((await loadAnyDocument(document.path, { unit: unit ?? 'paragraph', trackedChanges: trackedChanges ?? 'final' })).paragraphs)));
  const executor = await createExecutor(batchJobs(undefined));
  try {
    const plan = { manifest, records, pairs, shardPairs: 0 };
    const settings = { mode: 'chain', candidateFloor, compare, out: outDir, cacheDir: null, html: records.some((record) => record.html !== null && record.html !== undefined), maxBytes: undefined, unit: unit ?? 'paragraph', trackedChanges: trackedChanges ?? 'final' };
    await compareSkips(settings as unknown as Parameters<typeof compareSkips>[0], plan as unknown as Parameters<typeof compareSkips>[1], signatures, executor);
  } finally {
    await executor.close();
  }
  markChainRecords(records, pairs, candidateFloor, manifest.series);
}

/**
 * The series histories of a merged chain run, as a single run writes them (`writeHistories`): each shard held only part
 * of a series' pairs and wrote none, so a merged digest said `new PP 23` where a single run's said `reinstated PP 23
 * (from A/RES/78/102 PP 22)` (the history's alignment across all versions says which paragraphs came back). The
 * versions are read again from the paths the plan recorded, with the run's options; the consecutive pairs' reports are
 * read back, not compared again. None when an input is no longer where the run read it (a merge on another machine):
 * the digest then says new paragraphs as new, as before.
 */
async function mergedHistories(manifest: BatchManifest, records: readonly PairRecord[], outDir: string): Promise<SeriesHistoryRecord[]> {
  if (manifest.series.length === 0 || manifest.documents.some((document) => !existsSync(document.path))) return [];
  const { minSimilarity: _minSimilarity, candidateFloor: _candidateFloor, unit, seriesBy: _seriesBy, trackedChanges, ...compare } = manifest.options;
  const executor = await createExecutor(batchJobs(undefined));
  try {
    const plan = { manifest, records: [...records] };
    const settings = { compare, out: outDir, cacheDir: null, html: records.some((record) => record.html !== null && record.html !== undefined), maxBytes: undefined, unit: unit ?? 'paragraph', trackedChanges: trackedChanges ?? 'final', onProgress: () => undefined };
    return await writeHistories(settings as unknown as Parameters<typeof writeHistories>[0], plan as unknown as Parameters<typeof writeHistories>[1], executor);
  } finally {
    await executor.close();
  }
}

/**
 * The lineage of the whole run from the shards' lineages: each shard searched the documents of its own pairs and
 * listed the others as `other-shard`; a document stays "not checked" only when no shard searched it.
 */
function mergeLineage(manifest: BatchManifest, parts: Lineage[]): Lineage {
  const matches: LineageMatch[] = [];
  const closest: Array<LineageClosest & { paragraph: number }> = [];
  const clauses: Array<LineageClauseMatch & { paragraph: number }> = [];
  for (const part of parts) {
    for (const paragraph of part.paragraphs) {
      for (const source of paragraph.sources) {
        // Labels and printed numbers go along: the index cites and links a source by them, as one run's does.
        matches.push({
          paragraph: paragraph.index,
          document: source.document,
          paragraphs: source.paragraphs,
          ...(source.labels ? { labels: source.labels } : {}),
          ...(source.numbers ? { numbers: source.numbers } : {}),
          kind: source.kind,
          similarity: source.similarity,
          ...(source.containment !== undefined ? { containment: source.containment } : {}),
          // The class the shard's pair report gave it (none from a search match: buildLineage reads it again).
          ...(source.edit ? { edit: source.edit } : {}),
        });
      }
      // Each shard's closest candidate of a paragraph without a source: the lineage keeps the closest of them.
      if (paragraph.closest) {
        const { date: _date, title: _title, ...near } = paragraph.closest;
        closest.push({ ...near, paragraph: paragraph.index });
      }
      // Each shard's clause runs: the merged lineage keeps the oldest, as one run does.
      for (const { date: _date, ...clause } of paragraph.clauses ?? []) clauses.push({ ...clause, paragraph: paragraph.index });
    }
  }
  // Every shard lists the same unreadable inputs; a document another shard searched is checked.
  const unchecked = new Map<string, LineageUnchecked>();
  for (const part of parts) {
    for (const entry of part.notChecked) {
      const known = unchecked.get(entry.document);
      if (!known || (known.reason === 'other-shard' && entry.reason !== 'other-shard')) unchecked.set(entry.document, entry);
    }
  }
  const notChecked = [...unchecked.values()].filter((entry) => entry.reason !== 'other-shard' || parts.every((part) => part.notChecked.some((other) => other.document === entry.document)));
  // The target's paragraphs come from the shards' own lineage, so a merge needs no input files (another machine may run it).
  const target = manifest.documents.find((document) => document.id === manifest.target)!;
  const searched = parts.reduce((total, part) => total + part.documentsSearched, 0);
  const byPhrases = parts.reduce((total, part) => total + (part.searchedByPhrases ?? 0), 0);
  return buildLineage(target, parts[0].paragraphs, matches, new Map(manifest.documents.map((entry) => [entry.id, entry])), searched, notChecked, new Map(), closest, clauses, byPhrases);
}
