import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document, LineageMatch, NormalizedDocument, PairRecord, ResolvedOptions, SegmentUnit, SeriesHistoryRecord, TrackedChangesMode, Warning } from '../types.js';
import { readInput, sha256Hex, documentFromBytes, loadAnyDocument } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { buildResult, compareDocuments, compareVersions, COMPARISON_VERSION, lexiconsFingerprint } from '../pipeline.js';
import { renderJson } from '../report/json.js';
import { pairSignals } from '../report/labels.js';
import { TOOL_VERSION } from '../version.js';
import { documentSignature } from './signature.js';
import { fileSafeId } from './read-corpus.js';
import { BatchCache, encodeSignature, writeJsonAtomic, type ScanEntry } from './cache.js';

/**
 * The units of work of a batch run, as plain async functions of plain data: the worker (`worker.ts`) calls them in
 * threads, the in-process executor (`executor.ts`) calls them directly. Each reads its documents from disk and writes
 * its own report, so only small records travel back to the planner.
 */

/**
 * Scan corpus files: read, hash, segment and sign each (or take all that from the cache). Several files go in one task:
 * a warm scan of one file takes about a millisecond, less than the round trip of a task to a worker and back.
 */
export interface ScanTask {
  kind: 'scan';
  paths: string[];
  cacheDir: string | null;
  maxBytes?: number;
  unit?: SegmentUnit;
  trackedChanges?: TrackedChangesMode;
}

/** A scanned file, or why it could not be read; `cacheProblems`: cache entries found damaged (see `BatchCache.problems`). */
export type ScanResult = ({ ok: true; path: string; sha256: string; entry: ScanEntry } | { ok: false; path: string; error: string }) & { cacheProblems?: string[] };

/** Normalize one document into the cache. */
export interface NormalizeTask {
  kind: 'normalize';
  path: string;
  cacheDir: string | null;
  maxBytes?: number;
  unit?: SegmentUnit;
  trackedChanges?: TrackedChangesMode;
}

/** Compare one pair in full and write its report when it is related enough. */
export interface CompareTask {
  kind: 'compare';
  pair: number;
  left: { path: string; id: string; date: string | null; sha256: string };
  right: { path: string; id: string; date: string | null; sha256: string };
  estimate: number;
  options: ResolvedOptions;
  minSimilarity: number;
  outDir: string;
  cacheDir: string | null;
  /** Also write an HTML report. */
  html: boolean;
  /** Record lineage for the right side's paragraphs (the target is the right, newer, document). */
  lineage: boolean;
  maxBytes?: number;
  /** The unit compared (default `paragraph`). */
  unit?: SegmentUnit;
  /** Which text of a Word file with tracked changes is read (default `final`). */
  trackedChanges?: TrackedChangesMode;
}

/** What a compare task sends back. */
export interface CompareResult {
  record: PairRecord;
  lineage: LineageMatch[];
  /** True when the pair came from the cache (compared by an earlier run). */
  cached?: boolean;
  /** Cache entries found damaged and recomputed, or not written (see `BatchCache.problems`). */
  cacheProblems?: string[];
}

/** What a normalize task sends back. */
export interface NormalizeResult {
  cacheProblems: string[];
}

/** Collate the versions of one series (chain mode) and write its history: `series/<id>.json`, and `.html` with `html`. */
export interface HistoryTask {
  kind: 'history';
  /** The series' id. */
  series: string;
  /** Its documents, oldest first (the series' order: a session's drafts before its adopted text). */
  documents: Array<{ path: string; id: string }>;
  options: ResolvedOptions;
  outDir: string;
  cacheDir: string | null;
  html: boolean;
  maxBytes?: number;
  unit?: SegmentUnit;
  trackedChanges?: TrackedChangesMode;
}

/** Any task. */
export type BatchTask = ScanTask | NormalizeTask | CompareTask | HistoryTask;

/** Run one task. */
export async function runTask(task: BatchTask): Promise<ScanResult[] | CompareResult | NormalizeResult | SeriesHistoryRecord> {
  switch (task.kind) {
    case 'scan': {
      const results: ScanResult[] = [];
      for (const path of task.paths) results.push(await scanFile(path, task));
      return results;
    }
    case 'normalize':
      return normalizeFile(task);
    case 'compare':
      return comparePair(task);
    case 'history':
      return writeSeriesHistory(task);
  }
}

/** Scan a corpus file; a broken file is a value (`ok: false`), never a throw, so the rest of the corpus goes on. */
async function scanFile(path: string, task: ScanTask): Promise<ScanResult> {
  const cache = new BatchCache(task.cacheDir);
  try {
    const input = await readInput(path, task.maxBytes ?? DEFAULT_MAX_BYTES);
    const cached = cache.getScan(input.sha256, path);
    if (cached) return { ok: true, path, sha256: input.sha256, entry: cached, cacheProblems: cache.problems };
    const document = await documentFromBytes(input, { unit: task.unit, trackedChanges: task.trackedChanges });
    const entry: ScanEntry = { meta: document.meta, paragraphs: document.paragraphs.length, signature: encodeSignature(documentSignature(document.paragraphs)) };
    cache.putScan(input.sha256, path, entry);
    return { ok: true, path, sha256: input.sha256, entry, cacheProblems: cache.problems };
  } catch (error) {
    return { ok: false, path, error: errorLine(error), cacheProblems: cache.problems };
  }
}

// A worker keeps the documents it read most recently: in `all` mode each document takes part in many pairs.
const MEMO_SIZE = 64;
const memo = new Map<string, { document: Document; warnings: Warning[] }>();

/** A document and what loading it warned about (a repaired encoding), which its pair reports carry as `compare`'s do. */
async function loadMemo(path: string, id: string, maxBytes?: number, unit?: SegmentUnit, trackedChanges?: TrackedChangesMode): Promise<{ document: Document; warnings: Warning[] }> {
  const key = `${path}\u0000${id}\u0000${unit ?? 'paragraph'}\u0000${trackedChanges ?? 'final'}`;
  const hit = memo.get(key);
  if (hit) {
    memo.delete(key);
    memo.set(key, hit); // most recent last
    return hit;
  }
  const warnings: Warning[] = [];
  const loaded = { document: await loadAnyDocument(path, { maxBytes, id, warnings, unit, trackedChanges }), warnings };
  memo.set(key, loaded);
  if (memo.size > MEMO_SIZE) {
    memo.delete(memo.keys().next().value!);
    normalizedMemo.clear();
  }
  return loaded;
}

// Normalized forms by sha256, unit and tracked-changes mode, for the documents in `memo` (cleared with it, so memory
// stays bounded): the same bytes cut into lines, or read before their tracked changes, are another document.
const normalizedMemo = new Map<string, NormalizedDocument>();

function normalizeMemo(document: Document, cache: BatchCache, unit: SegmentUnit = 'paragraph', trackedChanges: TrackedChangesMode = 'final'): NormalizedDocument {
  const key = `${document.meta.sha256}\u0000${unit}\u0000${trackedChanges}`;
  let normalized = normalizedMemo.get(key);
  if (!normalized) normalizedMemo.set(key, (normalized = cache.normalize(document)));
  return normalized;
}

/** Normalize a document into the cache (a no-op when it is there and sound). */
async function normalizeFile(task: NormalizeTask): Promise<NormalizeResult> {
  const cache = new BatchCache(task.cacheDir);
  try {
    cache.normalize(await loadAnyDocument(task.path, { maxBytes: task.maxBytes, unit: task.unit, trackedChanges: task.trackedChanges }));
  } catch {
    // an unreadable document fails its pairs, with its own message, when they are compared
  }
  return { cacheProblems: cache.problems };
}

/** The report path of a pair, relative to the output folder (ids made file-safe). */
function pairReportPath(left: string, right: string, extension: 'json' | 'html'): string {
  return `pairs/${fileSafeId(left)}__${fileSafeId(right)}.${extension}`;
}

/** Compare a pair; a pair that fails is a record with `error`, so one bad document does not stop the run. */
async function comparePair(task: CompareTask): Promise<CompareResult> {
  const base = { pair: task.pair, left: task.left.id, right: task.right.id, leftDate: task.left.date, rightDate: task.right.date };
  const cache = new BatchCache(task.cacheDir);
  const key = await pairKey(task);
  const cached = cache.getPair(key);
  if (cached) {
    // Only the outcome comes from the cache: ids, dates and the report paths come from the task, so an entry can never
    // say where to write (a `report` of `../../elsewhere` wrote outside --out).
    const report = cached.reportText === null ? null : pairReportPath(task.left.id, task.right.id, 'json');
    const html = cached.htmlText === null ? null : pairReportPath(task.left.id, task.right.id, 'html');
    if (report !== null) writeJsonAtomic(join(task.outDir, report), cached.reportText);
    if (html !== null) writeJsonAtomic(join(task.outDir, html), cached.htmlText);
    const { similarity, coverage, summary, signals } = cached.record;
    const record = { ...base, similarity, estimated: false, estimate: task.estimate, coverage, summary, report, html, ...(signals === undefined ? {} : { signals }) };
    return { record, lineage: cached.lineage, cached: true, cacheProblems: cache.problems };
  }
  const result = await computePair(task, base, cache);
  if (result.record.error === undefined) {
    const read = (path: string | null): string | null => (path === null ? null : readFileSync(join(task.outDir, path), 'utf8'));
    cache.putPair(key, { record: result.record, lineage: result.lineage, reportText: read(result.record.report), htmlText: read(result.record.html) });
  }
  return { ...result, cacheProblems: cache.problems };
}

/** The history files of a series, relative to the output folder (its id made file-safe). */
function historyPath(series: string, extension: 'json' | 'html'): string {
  return `series/${fileSafeId(series)}.${extension}`;
}

/**
 * Collate a series' versions (`compareVersions`, through the same cache-backed normalizer as the pairs) and write its
 * history. A version that cannot be read fails this history, as a record with `error`, not the run.
 */
async function writeSeriesHistory(task: HistoryTask): Promise<SeriesHistoryRecord> {
  const cache = new BatchCache(task.cacheDir);
  try {
    const documents: Document[] = [];
    const loadWarnings: Warning[] = [];
    for (const version of task.documents) {
      const loaded = await loadMemo(version.path, version.id, task.maxBytes, task.unit, task.trackedChanges);
      documents.push(loaded.document);
      for (const warning of loaded.warnings) loadWarnings.push(warning);
    }
    const collated = await compareVersions(documents, task.options, (document) => normalizeMemo(document, cache, task.unit, task.trackedChanges));
    const result = { ...collated, warnings: [...loadWarnings, ...collated.warnings] };
    const { renderHistoryJson } = await import('../report/history-json.js');
    const json = historyPath(task.series, 'json');
    writeJsonAtomic(join(task.outDir, json), renderHistoryJson(result));
    let html: string | null = null;
    if (task.html) {
      const { renderHistoryHtml } = await import('../report/history-html.js');
      html = historyPath(task.series, 'html');
      writeJsonAtomic(join(task.outDir, html), renderHistoryHtml(result));
    }
    const { positions } = result.history;
    return { series: task.series, json, html, positions: positions.length, reinstated: positions.filter((position) => position.reinstated).length };
  } catch (error) {
    return { series: task.series, json: null, html: null, positions: 0, reinstated: 0, error: errorLine(error) };
  }
}

/**
 * What decides a pair's outcome: both documents' content, ids and paths (they appear in the report), the options, the
 * report threshold, redline's version, the comparison's (normalizer, scorer, aligner, classifier), the lexicons' content
 * (built-in and `--lexicon` files) and, for an HTML report, the templates' fingerprint. Equal keys give
 * equal records and reports.
 */
/** What a cached pair holds beyond the comparison: its lineage matches carry the earlier paragraphs' labels. */
const PAIR_ENTRY_FORMAT = 'lineage matches with labels';

async function pairKey(task: CompareTask): Promise<string> {
  const side = (entry: CompareTask['left']) => [entry.sha256, entry.id, entry.path, entry.date];
  // The page's templates and scripts, when the pair gets an HTML report: loaded only then (Handlebars is not small).
  const templates = task.html ? (await import('../report/templates.js')).templatesFingerprint() : null;
  return sha256Hex(JSON.stringify([TOOL_VERSION, COMPARISON_VERSION, PAIR_ENTRY_FORMAT, task.unit ?? 'paragraph', lexiconsFingerprint(task.options.lexicons), templates, task.options, task.minSimilarity, task.html, task.lineage, side(task.left), side(task.right)]));
}

async function computePair(task: CompareTask, base: Pick<PairRecord, 'pair' | 'left' | 'right' | 'leftDate' | 'rightDate'>, cache: BatchCache): Promise<CompareResult> {
  try {
    const { document: left, warnings: leftWarnings } = await loadMemo(task.left.path, task.left.id, task.maxBytes, task.unit, task.trackedChanges);
    const { document: right, warnings: rightWarnings } = await loadMemo(task.right.path, task.right.id, task.maxBytes, task.unit, task.trackedChanges);
    const compared = compareDocuments(left, right, task.options, (document) => normalizeMemo(document, cache, task.unit, task.trackedChanges));
    const { comparison } = compared;
    const warnings = [...leftWarnings, ...rightWarnings, ...compared.warnings];
    let report: string | null = null;
    let html: string | null = null;
    if (comparison.similarity >= task.minSimilarity) {
      const result = buildResult([left, right], [comparison], task.options, warnings);
      report = pairReportPath(left.meta.id, right.meta.id, 'json');
      writeJsonAtomic(join(task.outDir, report), renderJson(result));
      if (task.html) {
        // Loaded on the first HTML report only: runs without HTML reports never load the templates.
        const { renderHtml } = await import('../report/html.js');
        html = pairReportPath(left.meta.id, right.meta.id, 'html');
        // Pair reports sit in pairs/, the index one folder up.
        writeJsonAtomic(join(task.outDir, html), renderHtml(result, { indexHref: '../index.html' }));
      }
    }
    const lineage: LineageMatch[] = [];
    if (task.lineage) {
      for (const finding of comparison.findings) {
        if (finding.left.length === 0 || finding.right.length === 0) continue;
        for (const paragraph of finding.right) {
          const labels = finding.left.map((index) => left.paragraphs[index].label ?? null);
          lineage.push({
            paragraph,
            document: left.meta.id,
            paragraphs: [...finding.left],
            // Links from the index into the pair report name a labelled paragraph by its label (`#old-OP17`).
            ...(labels.some((label) => label !== null) ? { labels } : {}),
            kind: finding.kind,
            similarity: finding.similarity,
          });
        }
      }
    }
    return {
      record: {
        ...base,
        similarity: comparison.similarity,
        estimated: false,
        estimate: task.estimate,
        coverage: comparison.coverage,
        summary: comparison.summary,
        report,
        html,
        signals: pairSignals(comparison),
      },
      lineage,
    };
  } catch (error) {
    return {
      record: { ...base, similarity: task.estimate, estimated: true, estimate: task.estimate, coverage: null, summary: null, report: null, html: null, error: errorLine(error) },
      lineage: [],
    };
  }
}

function errorLine(error: unknown): string {
  const candidate = error as { toLine?: () => string; message?: string };
  return typeof candidate.toLine === 'function' ? candidate.toLine() : String(candidate.message ?? error);
}
