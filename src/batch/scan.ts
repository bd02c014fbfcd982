import { dirname, relative, resolve, sep } from 'node:path';
import { RedlineError } from '../errors.js';
import { loadAnyDocument } from '../ingest/index.js';
import type { BatchDocument, BatchManifest, Document, DuplicateInput, Paragraph, SeriesFacts, SkippedInput } from '../types.js';
import { decodeSignature } from './cache.js';
import { mapLimited, type Executor } from './executor.js';
import type { ResolvedBatchOptions } from './options.js';
import { compareByDate, listCorpusInputs, seriesOf, sortDate, uniqueIds } from './read-corpus.js';
import type { ScanResult } from './tasks.js';
import { seriesFactsOf } from './series-facts.js';

/** The formats a corpus is read in, as the missing folder's error names them. */
const CORPUS_FORMATS = '.txt, .md, .html, .pdf, .docx';

/** Files per scan task: enough that a warm scan is not dominated by handing tasks to the workers and back. */
const SCAN_CHUNK = 16;

/** What the scan phase found: the readable documents in canonical order, their signatures, and what could not be read. */
export interface ScannedCorpus {
  /** Every readable input in canonical (date, id) order; the target is one of them. */
  documents: BatchDocument[];
  /** Shingle signature of each document, by position in `documents`. */
  signatures: Uint32Array[];
  /** What the series are grouped by, for each document, by position in `documents`. */
  facts: SeriesFacts[];
  /** Inputs that could not be read. */
  failures: BatchManifest['failures'];
  /** Position of the target in `documents`, or null without a target. */
  targetIndex: number | null;
  /** The target, read in full (its paragraphs make the lineage), or null. */
  target: Document | null;
  /** Target mode: the paragraphs of the documents the scan read (not from the cache), by id, up to `LINEAGE_KEPT_CHARACTERS` in all. */
  paragraphs: ReadonlyMap<string, Paragraph[]>;
  /** Cache entries found damaged and recomputed, or not written. */
  cacheProblems: string[];
  /** Files of the corpus folder that are no document format or an earlier batch's output (skipped, each named with why). */
  skipped: SkippedInput[];
  /** Chain mode: inputs left out as copies of another (`dropDuplicateCopies`); absent before that check. */
  duplicates?: DuplicateInput[];
}

/** Most characters of scanned paragraphs kept for the lineage search (`ScannedCorpus.paragraphs`): about 64 MB of strings. */
export const LINEAGE_KEPT_CHARACTERS = 32_000_000;

/**
 * Phase 1, scan: list the corpus, then read, hash, segment and sign every file in the workers (cached by sha256).
 * Broken corpus files are reported and skipped; an unreadable target ends the run with its own one-line error.
 */
export async function scanCorpus(options: ResolvedBatchOptions, executor: Executor): Promise<ScannedCorpus> {
  const listing = options.corpus ? await listCorpusInputs(options.corpus, options.out) : { files: [], skipped: [] };
  const paths = listing.files;
  const targetPath = options.target;
  const others = targetPath ? paths.filter((path) => resolve(path) !== resolve(targetPath)) : paths;
  // A corpus with nothing to compare is unusable input, as a missing folder is: trial 16a's empty folder exited 0 and
  // wrote an empty digest ("0 series, 0 steps").
  if (options.corpus && others.length === 0) throw new RedlineError('empty', `holds no document${listing.skipped.length ? ` (${listing.skipped.length} other ${listing.skipped.length === 1 ? 'file' : 'files'} skipped)` : ''}`, `Put the texts to compare in it (${CORPUS_FORMATS}), or give --corpus the folder that holds them; nothing was written.`, options.corpus);
  const inputs = targetPath ? [targetPath, ...others] : paths;
  let done = 0;
  // Target mode: the lineage search reads every earlier document; the paragraphs the scan read come back with it (as
  // read for the lineage: the final text), so no file is read and converted twice (session 21: 80/48 against 214 texts
  // converted each earlier text in the scan and again in the lineage task).
  const keepParagraphs = targetPath !== undefined && targetPath !== null && options.trackedChanges === 'final';
  const chunks: string[][] = [];
  for (let start = 0; start < inputs.length; start += SCAN_CHUNK) chunks.push(inputs.slice(start, start + SCAN_CHUNK));
  const results = await mapLimited(
    chunks,
    executor.threads * 4,
    (paths) =>
      executor.run({ kind: 'scan', paths, cacheDir: options.cacheDir, maxBytes: options.maxBytes, unit: options.unit, trackedChanges: options.trackedChanges, ...(keepParagraphs ? { keepParagraphs } : {}) }) as Promise<ScanResult[]>,
    (chunk) => {
      done += chunk.length;
      options.onProgress({ phase: 'scan', done, total: inputs.length });
    },
  );
  const scans = results.flat();
  const failures: BatchManifest['failures'] = [];
  const readable: Array<Extract<ScanResult, { ok: true }>> = [];
  const cacheProblems: string[] = [];
  const skipped: SkippedInput[] = [...listing.skipped];
  for (const [index, scan] of scans.entries()) {
    for (const problem of scan.cacheProblems ?? []) cacheProblems.push(problem);
    if (scan.ok) readable.push(scan);
    // A digest printed to PDF (trial 19-b D3): redline's output, skipped as digest.md is; a target of that kind still fails below.
    else if (scan.redlineOutput && !(targetPath && index === 0)) skipped.push({ path: scan.path, kind: 'redline-output', reason: scan.error });
    else failures.push({ path: scan.path, error: scan.error });
  }
  // Not one document of the corpus read (every file failed): nothing to compare either.
  const corpusScans = targetPath ? scans.slice(1) : scans;
  if (options.corpus && corpusScans.length > 0 && corpusScans.every((scan) => !scan.ok)) {
    const first = corpusScans[0] as Extract<ScanResult, { ok: false }>;
    throw new RedlineError('empty', `holds no readable document (${corpusScans.length} failed; the first: ${first.error})`, `Fix or replace the files (${CORPUS_FORMATS}); nothing was written.`, options.corpus);
  }
  if (targetPath && !scans[0].ok) {
    await loadAnyDocument(targetPath, { maxBytes: options.maxBytes }); // throws the target's own error (no such file, binary, …)
    throw new RedlineError('bad-target', 'cannot be read as the target', 'Fix the target file or name another.', targetPath);
  }
  const ids = uniqueIds(readable.map((scan) => scan.entry.meta.id));
  // Kept up to LINEAGE_KEPT_CHARACTERS of text in all (a large corpus is read again by the lineage tasks instead).
  const paragraphsOf = new Map<string, Paragraph[]>();
  let characters = 0;
  for (const [index, scan] of readable.entries()) {
    if (!scan.paragraphs) continue;
    characters += scan.paragraphs.reduce((total, paragraph) => total + paragraph.text.length, 0);
    if (characters > LINEAGE_KEPT_CHARACTERS) break;
    paragraphsOf.set(ids[index], scan.paragraphs);
  }
  // With --series-by folder, each sub-folder of the corpus is a series; a file at the corpus' top belongs to none.
  const folderOf = (path: string): string | null => {
    if (options.seriesBy !== 'folder' || !options.corpus) return null;
    const folder = relative(resolve(options.corpus), dirname(resolve(path)));
    return folder === '' || folder.startsWith('..') ? null : folder.split(sep).join('/');
  };
  const scanned: Array<{ document: BatchDocument; signature: Uint32Array; facts: SeriesFacts }> = readable.map((scan, index) => {
    const meta = scan.entry.meta;
    const previous = meta.extra?.previous;
    const document: BatchDocument = {
      id: ids[index],
      path: scan.path,
      sha256: scan.sha256,
      title: meta.title,
      date: sortDate(meta),
      series: seriesOf(meta),
      previous: typeof previous === 'string' || typeof previous === 'number' ? String(previous) : null,
      paragraphs: scan.entry.paragraphs,
      ...(meta.symbol ? { symbol: meta.symbol } : {}),
    };
    return { document, signature: decodeSignature(scan.entry.signature), facts: seriesFactsOf(meta, document.id, document.date, folderOf(scan.path)) };
  });
  const targetId = targetPath ? ids[0] : null;
  scanned.sort((a, b) => compareByDate(a.document, b.document));
  const documents = scanned.map((entry) => entry.document);
  return {
    documents,
    signatures: scanned.map((entry) => entry.signature),
    facts: scanned.map((entry) => entry.facts),
    failures,
    targetIndex: targetId === null ? null : documents.findIndex((document) => document.id === targetId),
    paragraphs: paragraphsOf,
    target: targetPath ? await loadAnyDocument(targetPath, { id: targetId!, maxBytes: options.maxBytes, unit: options.unit, trackedChanges: options.trackedChanges }) : null,
    cacheProblems,
    skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
  };
}
