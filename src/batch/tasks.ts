import { nameParagraphs } from '../report/paragraph-names.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Comparison, Document, LineageClauseMatch, LineageClosest, LineageKind, LineageMatch, NormalizedDocument, NormalizedParagraph, Paragraph, PairRecord, PairScorer, RedlineResult, ResolvedOptions, SegmentUnit, SeriesHistoryRecord, TrackedChangesMode, Warning } from '../types.js';
import { readInput, sha256Hex, documentFromBytes, loadAnyDocument } from '../ingest/index.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { RedlineError } from '../errors.js';
import { buildResult, compareDocuments, compareVersions, COMPARISON_VERSION, lexiconsFingerprint, normalizeParagraph, paragraphScores, useVectorCache } from '../pipeline.js';
import { renderJson } from '../report/json.js';
import { pairSignals } from '../report/labels.js';
import { TOOL_VERSION } from '../version.js';
import { documentSignature, paragraphSignatures } from './signature.js';
import { LINEAGE_PARTIAL_RUN, LINEAGE_PARTIAL_SHARE, LINEAGE_PARTIAL_WORDS, LINEAGE_TERM_CANDIDATES, LINEAGE_TERM_SHARE, LINEAGE_VERSION, LineageIndex } from './lineage-index.js';
import { createScorer } from '../similarity/scorer.js';
import { CLAUSE_WORDS, clauseWords, sharedRuns } from '../target/clause-runs.js';
import { differentAgendaItems, longestLanguagePhrase, PLAIN_CONTENT_WORDS, sharesDistinctiveContent, sharesLanguage, SOURCE_PHRASE_CONTENT_WORDS, withoutSharedNames } from './lineage-names.js';
import { fileSafeId } from './read-corpus.js';
import type { ResolvedBatchOptions } from './options.js';
import { BatchCache, buildFingerprint, encodeSignature, writeJsonAtomic, type ScanEntry } from './cache.js';

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
  /** Send back the paragraphs of a file read (not taken from the cache): target mode's lineage search reads them instead of the file again. */
  keepParagraphs?: boolean;
}

/**
 * A scanned file, or why it could not be read; `cacheProblems`: cache entries found damaged (see `BatchCache.problems`);
 * `paragraphs`: its paragraphs, when asked (`keepParagraphs`) and the file was read, not taken from the cache.
 */
export type ScanResult = ({ ok: true; path: string; sha256: string; entry: ScanEntry; paragraphs?: Paragraph[] } | { ok: false; path: string; error: string; redlineOutput?: true }) & { cacheProblems?: string[] };

/** Normalize one document into the cache. */
export interface NormalizeTask {
  kind: 'normalize';
  path: string;
  cacheDir: string | null;
  maxBytes?: number;
  unit?: SegmentUnit;
  trackedChanges?: TrackedChangesMode;
}

/** What every task that reads documents and writes reports carries: the engine's options and where to read and write. */
export interface DocumentTaskSettings {
  options: ResolvedOptions;
  outDir: string;
  cacheDir: string | null;
  /** Also write an HTML report. */
  html: boolean;
  maxBytes?: number;
  /** The unit compared (default `paragraph`). */
  unit?: SegmentUnit;
  /** Which text of a Word file with tracked changes is read (default `final`). */
  trackedChanges?: TrackedChangesMode;
}

/** The settings of a run's document tasks, from its resolved options. */
export function documentTaskSettings(options: Pick<ResolvedBatchOptions, 'compare' | 'out' | 'cacheDir' | 'html' | 'maxBytes' | 'unit' | 'trackedChanges'>): DocumentTaskSettings {
  return { options: options.compare, outDir: options.out, cacheDir: options.cacheDir, html: options.html, maxBytes: options.maxBytes, unit: options.unit, trackedChanges: options.trackedChanges };
}

/** Compare one pair in full and write its report when it is related enough. */
export interface CompareTask extends DocumentTaskSettings {
  kind: 'compare';
  pair: number;
  left: { path: string; id: string; date: string | null; sha256: string };
  right: { path: string; id: string; date: string | null; sha256: string };
  estimate: number;
  minSimilarity: number;
}

/** What a compare task sends back. */
export interface CompareResult {
  record: PairRecord;
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
export interface HistoryTask extends DocumentTaskSettings {
  kind: 'history';
  /** The series' id. */
  series: string;
  /**
   * The series' name when the user named it (front matter `series`, `--series-by folder`): the history's title, so the
   * series has one name in batch.json, the index and its history page ("FOMC policy statements", where the versions'
   * shared title opening gave "FOMC statement"). Null for a series redline grouped: the versions' common title.
   */
  title: string | null;
  /** Its documents, oldest first (the series' order: a session's drafts before its adopted text), with their bytes' sha256 (the history cache's key). */
  documents: Array<{ path: string; id: string; sha256: string }>;
  /** The JSON reports of the run's pairs between its documents (relative to `outDir`): consecutive versions compared once. */
  pairs: Array<{ left: string; right: string; report: string }>;
}

/** What a history task sends back: its record, and the cache entries found damaged or not written. */
export interface HistoryResult {
  record: SeriesHistoryRecord;
  cacheProblems: string[];
}

/**
 * Search some corpus documents (every earlier one of the shard) for the target's paragraphs: each document is read and
 * its paragraphs signed, the target paragraphs' shingle postings give candidate paragraphs (`LineageIndex.candidates`),
 * the term vectors more (`LINEAGE_TERM_CANDIDATES`), and each candidate is scored against the target paragraph with
 * the engine's paragraph measure; the best reaching `floor` is a source, else a `partial` one, else the best is the
 * paragraph's closest candidate there. What a document gives a target is cached.
 */
export interface LineageTask {
  kind: 'lineage';
  /** The target (read once per worker). */
  target: { path: string; id: string; sha256: string };
  /** The run's common shingles, sorted: left out of the search (`LINEAGE_COMMON_SHARE`). */
  common: number[];
  /** The documents to search, with their paragraphs when the scan read them in this run (else read here). */
  documents: Array<{ path: string; id: string; sha256: string; paragraphs?: Paragraph[] }>;
  cacheDir: string | null;
  /** Word vectors in the measure (`--semantic`). */
  semantic: boolean;
  /** Least similarity of a source (the move threshold: a carried paragraph has no position to go by). */
  floor: number;
  /** Most paragraphs joined into one source (`--max-group`), on either side. */
  maxGroup: number;
  maxBytes?: number;
  unit?: SegmentUnit;
}

/** What a lineage task sends back: the sources found, the closest candidates under the floor, the documents that could not be read, damaged cache entries. */
export interface LineageResult {
  matches: LineageMatch[];
  /** Per target paragraph without a source in a document, its closest candidate there (`LineageClosest`). */
  closest: Array<LineageClosest & { paragraph: number }>;
  /** The runs of 12 words or more of a target paragraph that a paragraph of a document has word for word (`LineageClauseMatch`). */
  clauses: Array<LineageClauseMatch & { paragraph: number }>;
  failures: Array<{ document: string; error: string }>;
  cacheProblems: string[];
}

/** Any task. */
export type BatchTask = ScanTask | NormalizeTask | CompareTask | LineageTask | HistoryTask;

/** Run one task. */
export async function runTask(task: BatchTask): Promise<ScanResult[] | CompareResult | NormalizeResult | LineageResult | HistoryResult> {
  // The word vectors (--semantic) go to the run's cache folder, and nowhere with --no-cache.
  useVectorCache(task.cacheDir);
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
    case 'lineage':
      return traceCandidates(task);
    case 'history':
      return writeSeriesHistory(task);
  }
}

/** The target of the lineage tasks this worker ran last, with its candidate index (built once per worker). */
let lineageTarget: { key: string; paragraphs: readonly Paragraph[]; normalized: NormalizedParagraph[]; words: string[][]; index: LineageIndex } | null = null;

/** Search a lineage task's documents; a document that cannot be read is a failure, never a throw. */
async function traceCandidates(task: LineageTask): Promise<LineageResult> {
  const cache = new BatchCache(task.cacheDir);
  const result: LineageResult = { matches: [], closest: [], clauses: [], failures: [], cacheProblems: [] };
  for (const entry of task.documents) {
    const key = lineageKey(task, entry.sha256);
    const cached = cache.getLineage(key);
    if (!cached) {
      try {
        const targetKey = `${task.target.path}\u0000${task.target.sha256}\u0000${task.unit ?? 'paragraph'}\u0000${commonKey(task.common)}`;
        if (lineageTarget?.key !== targetKey) {
          const { paragraphs } = (await loadMemo(task.target.path, task.target.id, task.maxBytes, task.unit)).document;
          lineageTarget = {
            key: targetKey,
            paragraphs,
            normalized: paragraphs.map((paragraph) => normalizeParagraph(paragraph.text)),
            words: paragraphs.map((paragraph) => clauseWords(paragraph.text).map((word) => word.lower)),
            index: new LineageIndex(paragraphSignatures(paragraphs), new Set(task.common)),
          };
        }
        // The scan's paragraphs when it read the file in this run: the same bytes, segmented alike, not read and converted twice.
        const document = entry.paragraphs ? { paragraphs: entry.paragraphs } : (await loadMemo(entry.path, entry.id, task.maxBytes, task.unit)).document;
        const found = lineageTarget.index.candidates(paragraphSignatures(document.paragraphs));
        const candidatesOf = new Map(found.map((item) => [item.paragraph, new Set(item.candidates)]));
        // The second source of candidates, for a paraphrase (few whole 3-shingles in common): the document paragraphs
        // closest to each searched target paragraph by the aligner's term vectors (lemmas, rare terms weighted; with
        // --semantic, the nearest meanings too), whatever the shingles say.
        const scorer = createScorer(document.paragraphs.map((paragraph) => normalizeParagraph(paragraph.text)), lineageTarget.normalized, {
          semantic: task.semantic,
          candidatesPerParagraph: LINEAGE_TERM_CANDIDATES,
        });
        const byShingles = new Map(found.map((item) => [item.paragraph, item.candidates]));
        const searched = lineageTarget.paragraphs.map((_, paragraph) => paragraph).filter((paragraph) => lineageTarget!.index.searchable(paragraph));
        // Sources cited and linked by the names their pair report gives them (`¶ 7`, `#p-left-7`: `nameParagraphs`).
        const named = nameParagraphs(document.paragraphs);
        const matches: Array<Omit<LineageMatch, 'document'>> = [];
        const closest: Array<Omit<LineageClosest, 'document'> & { paragraph: number }> = [];
        for (const paragraph of searched) {
          // A term candidate is scored only when one of the two holds LINEAGE_TERM_SHARE of the other's weighted wording
          // (cheap: the vectors are built): the top 3 of an unrelated document are mostly noise, and scoring them
          // cost Nigeria 2014 against 57 strategies 4× the CPU of the search without them.
          const byTerms = scorer
            .candidatesOfRight(paragraph)
            .filter((candidate) => scorer.containment('right', paragraph, [candidate]) >= LINEAGE_TERM_SHARE || scorer.containment('left', candidate, [paragraph]) >= LINEAGE_TERM_SHARE);
          const candidates = [...new Set([...(byShingles.get(paragraph) ?? []), ...byTerms])];
          if (candidates.length === 0) continue;
          const { best, near } = bestSource(paragraph, candidates, named, lineageTarget.paragraphs, candidatesOf, task, scorer);
          if (best) matches.push(best);
          else if (near) closest.push(near);
        }
        const clauses = clauseRuns(found, lineageTarget.words, document.paragraphs, named);
        cache.putLineage(key, { matches, closest, clauses });
        for (const match of matches) result.matches.push({ ...match, document: entry.id });
        for (const near of closest) result.closest.push({ ...near, document: entry.id });
        for (const clause of clauses) result.clauses.push({ ...clause, document: entry.id });
      } catch (error) {
        result.failures.push({ document: entry.id, error: errorLine(error) });
      }
      continue;
    }
    for (const match of cached.matches) result.matches.push({ ...match, document: entry.id });
    for (const near of cached.closest) result.closest.push({ ...near, document: entry.id });
    for (const clause of cached.clauses) result.clauses.push({ ...clause, document: entry.id });
  }
  result.cacheProblems = cache.problems;
  return result;
}

/**
 * The runs of `CLAUSE_WORDS` words or more of each target paragraph that a paragraph of the document has word for word,
 * read only in the paragraphs the candidate index gives (`ParagraphCandidates.clauses`: a few per document at most),
 * each with the target words it covers: where the memo looks for the first use of a clause (`TargetMemoClause`), in
 * every document searched, not only those a paragraph is traced to.
 */
function clauseRuns(
  found: ReadonlyArray<{ paragraph: number; clauses: readonly number[] }>,
  targetWords: readonly (readonly string[])[],
  paragraphs: readonly Paragraph[],
  named: readonly Paragraph[],
): Array<Omit<LineageClauseMatch, 'document'> & { paragraph: number }> {
  const runs: Array<Omit<LineageClauseMatch, 'document'> & { paragraph: number }> = [];
  const wordsOf = new Map<number, string[]>();
  for (const { paragraph, clauses } of found) {
    for (const candidate of clauses) {
      let words = wordsOf.get(candidate);
      if (!words) wordsOf.set(candidate, (words = clauseWords(paragraphs[candidate].text).map((word) => word.lower)));
      const label = named[candidate].label ?? null;
      const number = named[candidate].number ?? null;
      for (const run of sharedRuns(targetWords[paragraph], words, CLAUSE_WORDS))
        runs.push({ paragraph, paragraphs: [candidate], ...(label !== null ? { labels: [label] } : {}), ...(number !== null ? { numbers: [number] } : {}), from: run.start, words: run.length });
    }
  }
  return runs;
}

/**
 * What decides the sources a document gives a target: both contents (ids and paths are not in the sources), the unit,
 * the measure's settings, the run's common shingles, redline's version, the comparison's (`COMPARISON_VERSION`) and
 * the candidate index's.
 */
function lineageKey(task: LineageTask, sha256: string): string {
  return sha256Hex(JSON.stringify([TOOL_VERSION, COMPARISON_VERSION, LINEAGE_VERSION, task.unit ?? 'paragraph', task.semantic, task.floor, task.maxGroup, commonKey(task.common), task.target.sha256, sha256]));
}

/** The common shingles' checksum (the last one computed: every task of a run carries the same list). */
let commonMemo: { list: number[]; key: string } | null = null;
function commonKey(common: number[]): string {
  if (commonMemo?.list !== common) commonMemo = { list: common, key: sha256Hex(common.join(',')) };
  return commonMemo.key;
}

/** Least share of a split part's content found in the earlier paragraph (the aligner's `GROUP_MEMBER_CONTAINMENT`). */
const SPLIT_PART_CONTAINMENT = 0.5;

/**
 * The best source of target paragraph `paragraph` among its candidates in one document: a candidate alone
 * (`unchanged` or `modified`), joined with the following candidates (`merged`: the target joins earlier paragraphs), or
 * a candidate that the target paragraph shares with its neighbouring target paragraphs (`split`: an earlier paragraph
 * cut in two or three, scored against the joined target paragraphs, as the aligner scores a split). Groups hold only
 * candidates (paragraphs holding a share of the other side's wording), so a date line never joins a title.
 * When none reaches the floor: a candidate the target paragraph takes part of its wording from (`partial`, see
 * `partialShare`), else nothing, with the closest candidate under the floor (`near`) for the reader.
 */
function bestSource(
  paragraph: number,
  candidates: readonly number[],
  paragraphs: readonly Paragraph[],
  targetParagraphs: readonly Paragraph[],
  candidatesOf: ReadonlyMap<number, ReadonlySet<number>>,
  task: LineageTask,
  scorer: PairScorer,
): { best: Omit<LineageMatch, 'document'> | null; near: (Omit<LineageClosest, 'document'> & { paragraph: number }) | null } {
  const target = normalizeParagraph(targetParagraphs[paragraph].text);
  let best: Omit<LineageMatch, 'document'> | null = null;
  let near: (Omit<LineageClosest, 'document'> & { paragraph: number }) | null = null;
  let partial: Omit<LineageMatch, 'document'> | null = null;
  const cite = (group: number[]): { labels?: Array<string | null>; numbers?: Array<string | null> } => {
    // Links from the index into the pair report name a labelled paragraph by its label (`#old-OP17`).
    const labels = group.map((index) => paragraphs[index].label ?? null);
    // The index cites a source as the pair report does (`paragraphCitation`): `¶ 3 (1.)`, with its printed number.
    const numbers = group.map((index) => paragraphs[index].number ?? null);
    return { ...(labels.some((label) => label !== null) ? { labels } : {}), ...(numbers.some((number) => number !== null) ? { numbers } : {}) };
  };
  // What the source holds of the target beyond the names both cite (`beyondNames`): it decides whether the candidate
  // is a source; a source is then given with its whole similarity, what the reader sees in the two texts.
  // A candidate sharing only the formula of the genre (`sharesDistinctiveContent`) is at most the closest, at its similarity.
  const keep = (similarity: number, group: number[], kind: LineageKind, evidence: number = similarity, formula = false): void => {
    if (evidence < task.floor || formula) {
      const shown = formula ? Math.min(evidence, similarity) : evidence;
      if (near === null || shown > near.similarity || (shown === near.similarity && group[0] < near.paragraphs[0]))
        near = { paragraph, paragraphs: group, ...cite(group), similarity: shown, ...(formula && shown >= task.floor ? { formula: true as const } : {}) };
      return;
    }
    if (best !== null && similarity <= best.similarity) return;
    best = { paragraph, paragraphs: group, ...cite(group), kind, similarity };
  };
  const score = (group: readonly number[]): { similarity: number; surface: string; evidence: number; formula: boolean } => {
    const text = group.map((index) => paragraphs[index].text).join(' ');
    const normalized = normalizeParagraph(text);
    const similarity = paragraphScores(target, normalized, task.semantic).similarity;
    const same = normalized.surface === target.surface;
    const evidence = similarity < task.floor || same ? similarity : beyondNames(targetParagraphs[paragraph].text, text, similarity, task.floor, task.semantic);
    return { similarity, surface: normalized.surface, evidence, formula: !same && evidence >= task.floor && !sharesDistinctiveContent(targetParagraphs[paragraph].text, text) };
  };
  const pool = new Set(candidates);
  for (const candidate of [...candidates].sort((a, b) => a - b)) {
    let group = [candidate];
    const single = score(group);
    keep(single.similarity, group, single.surface === target.surface ? 'unchanged' : 'modified', single.evidence, single.formula);
    if (single.similarity < task.floor) {
      const share = partialShare(scorer, paragraph, candidate, target, paragraphs[candidate].text);
      if (share !== null && (partial === null || share > partial.containment! || (share === partial.containment && single.similarity > partial.similarity)))
        partial = { paragraph, paragraphs: group, ...cite(group), kind: 'partial', similarity: single.similarity, containment: share };
    }
    let similarity = single.similarity;
    while (group.length < task.maxGroup && pool.has(group[group.length - 1] + 1) && group[group.length - 1] + 1 < paragraphs.length) {
      const grown = [...group, group[group.length - 1] + 1];
      const scored = score(grown);
      const next = scored.similarity;
      if (next <= similarity) break;
      keep(next, grown, 'merged', scored.evidence, scored.formula);
      group = grown;
      similarity = next;
    }
    // Split: windows of consecutive target paragraphs around this one, each holding the candidate.
    const earlier = normalizeParagraph(paragraphs[candidate].text);
    for (let size = 2; size <= task.maxGroup; size++) {
      for (let first = paragraph - size + 1; first <= paragraph; first++) {
        const members = Array.from({ length: size }, (_, offset) => first + offset);
        if (!members.every((member) => candidatesOf.get(member)?.has(candidate))) continue;
        // Each part of a split sits mostly inside the earlier paragraph (as the aligner asks of a group's members): a
        // neighbour that only shares a phrase with it does not ride along on the other part's match.
        if (!members.every((member) => paragraphScores(normalizeParagraph(targetParagraphs[member].text), earlier, task.semantic).scores.containment >= SPLIT_PART_CONTAINMENT)) continue;
        const joinedText = members.map((member) => targetParagraphs[member].text).join(' ');
        const split = paragraphScores(normalizeParagraph(joinedText), earlier, task.semantic).similarity;
        const splitEvidence = split < task.floor ? split : beyondNames(joinedText, paragraphs[candidate].text, split, task.floor, task.semantic);
        keep(split, [candidate], 'split', splitEvidence, splitEvidence >= task.floor && !sharesDistinctiveContent(joinedText, paragraphs[candidate].text));
      }
    }
  }
  const found = best ?? partial;
  return { best: found, near: found === null ? near : null };
}

/**
 * The share of target paragraph `paragraph`'s weighted wording that document paragraph `candidate` holds, when the
 * target paragraph takes part of its wording from it: at least `LINEAGE_PARTIAL_WORDS` content words,
 * `LINEAGE_PARTIAL_SHARE` of its wording there (the document's rare terms weighted) and a phrase of
 * `LINEAGE_PARTIAL_RUN` words word for word; else null. Trial 16b: Nigeria 2014's "Thus private-sector engagement is
 * required to help address the limitations of law enforcement and national security …" takes one sentence of a longer
 * paragraph of the US 2009 Cyberspace Policy Review and adds its own; whole paragraphs score under the move threshold.
 * A common phrase alone is no source: it must also be a good share of the paragraph's wording, and language rather than
 * a name: the shared phrases hold two content words written in lower case (`sharesLanguage`; a treaty's or a conference's
 * title does not).
 */
function partialShare(scorer: PairScorer, paragraph: number, candidate: number, target: NormalizedParagraph, candidateText: string): number | null {
  if (target.content.length < LINEAGE_PARTIAL_WORDS) return null;
  const share = scorer.containment('right', paragraph, [candidate]);
  if (share < LINEAGE_PARTIAL_SHARE) return null;
  if (scorer.sharedRun(candidate, paragraph) < LINEAGE_PARTIAL_RUN) return null;
  // The phrase must be language, not only a name both paragraphs cite (a treaty's or a meeting's title: trial 17-c D2).
  if (!sharesLanguage(target.surface, normalizeParagraph(candidateText).surface)) return null;
  if (differentAgendaItems(target.surface, candidateText)) return null;
  // And the phrase of LINEAGE_PARTIAL_RUN words must itself be language, not a title with a word or two around it
  // (trial 19-b D1: 74/247 PP 13 "partial, 62 %" of 75/32 OP 1 (a) through "reports of the Group of Governmental Experts
  // on Developments in the Field of …", the language test met by "use of information and communications technologies"
  // elsewhere in the two); Russia 2019 ¶ 8's "the Chemical Weapons Convention and the exclusive prerogatives of the
  // Security Council" is. Only a phrase that long as written is judged: the scorer's run of Nigeria 2014's "securing
  // National cyberspace" against "securing cyberspace" is two as written, and each is language.
  const phrase = longestLanguagePhrase(target.surface, candidateText, LINEAGE_PARTIAL_RUN);
  if (phrase >= 0 && phrase < PLAIN_CONTENT_WORDS) return null;
  return Math.round(share * 10_000) / 10_000;
}

/**
 * The similarity of a target paragraph (as written) and a candidate source that counts as evidence of a source: their
 * whole similarity when they share no name, or when what is left once the names both cite are out of both
 * (`withoutSharedNames`) still reaches the floor or still shares a phrase of SOURCE_PHRASE_CONTENT_WORDS content words
 * (`longestLanguagePhrase`: taking out a shared name lowers the similarity of a real source too); else the similarity of
 * what is left; 0 for agenda decisions of different items (`differentAgendaItems`). Session 18 asked a `partial` source
 * for language beyond shared names (`sharesLanguage`); a `modified` one had no such test, and a 14-word title is most of
 * a short paragraph (trial 19-b D1: A/RES/73/187 PP 12, "Taking note of the reports of the Group of Governmental
 * Experts on …", a "source" of four 75/32 paragraphs at 58–70 %; once the title is out, 75/32 PP 10 keeps "Welcoming
 * the effective work of the" and the source "Taking note of the reports of the": no source).
 */
function beyondNames(text: string, candidate: string, similarity: number, floor: number, semantic: boolean): number {
  if (differentAgendaItems(text, candidate)) return 0;
  const residue = withoutSharedNames(text, candidate);
  if (residue === null || longestLanguagePhrase(residue.text, residue.source) >= SOURCE_PHRASE_CONTENT_WORDS) return similarity;
  const left = paragraphScores(normalizeParagraph(residue.text), normalizeParagraph(residue.source), semantic).similarity;
  return left >= floor ? similarity : left;
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
    return { ok: true, path, sha256: input.sha256, entry, ...(task.keepParagraphs ? { paragraphs: document.paragraphs } : {}), cacheProblems: cache.problems };
  } catch (error) {
    // A digest or memo redline wrote (printed to PDF, saved as Word) is skipped as the batch's outputs are, not failed.
    const redlineOutput = error instanceof RedlineError && error.code === 'redline-output';
    return { ok: false, path, error: errorLine(error), ...(redlineOutput ? { redlineOutput: true as const } : {}), cacheProblems: cache.problems };
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

/**
 * The report path of a pair, relative to the output folder: its two ids made file-safe, joined by `__`. Unique per
 * pair whatever the ids: when an id holds `__` itself or begins or ends with `_` (so that `a` + `b__c` and `a__b` + `c`
 * would both read `a__b__c`), the name gets a hash of the two ids. Such a name always has a run of `_` other than the
 * one `__` of a plain name, so it never equals one; plain names split at their one `__` into their two ids.
 */
export function pairReportPath(left: string, right: string, extension: 'json' | 'html'): string {
  const [safeLeft, safeRight] = [fileSafeId(left), fileSafeId(right)];
  const ambiguous = (safe: string): boolean => safe.includes('__') || safe.startsWith('_') || safe.endsWith('_');
  const name = ambiguous(safeLeft) || ambiguous(safeRight) ? `${safeLeft}__${safeRight}-${sha256Hex(`${left}\u0000${right}`).slice(0, 16)}` : `${safeLeft}__${safeRight}`;
  return `pairs/${name}.${extension}`;
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
    const { similarity, coverage, summary, signals, warnings, sameResolution } = cached.record;
    const record = { ...base, similarity, estimated: false, estimate: task.estimate, coverage, summary, report, html, ...(signals === undefined ? {} : { signals }), ...(warnings === undefined ? {} : { warnings }), ...(sameResolution ? { sameResolution } : {}) };
    return { record, cached: true, cacheProblems: cache.problems };
  }
  const result = await computePair(task, base, cache);
  if (result.record.error === undefined) {
    const read = (path: string | null): string | null => (path === null ? null : readFileSync(join(task.outDir, path), 'utf8'));
    cache.putPair(key, { record: result.record, reportText: read(result.record.report), htmlText: read(result.record.html) });
  }
  return { ...result, cacheProblems: cache.problems };
}

/** The history files of a series, relative to the output folder (its id made file-safe). */
function historyPath(series: string, extension: 'json' | 'html' | 'docx'): string {
  return `series/${fileSafeId(series)}.${extension}`;
}

/**
 * Collate a series' versions (`compareVersions`, through the same cache-backed normalizer as the pairs) and write its
 * history. A version that cannot be read fails this history, as a record with `error`, not the run.
 */
async function writeSeriesHistory(task: HistoryTask): Promise<HistoryResult> {
  const cache = new BatchCache(task.cacheDir);
  return { record: await cachedSeriesHistory(task, cache), cacheProblems: cache.problems };
}

/** The history from the cache when it holds one under the task's key, else collated and stored. */
async function cachedSeriesHistory(task: HistoryTask, cache: BatchCache): Promise<SeriesHistoryRecord> {
  const key = task.cacheDir === null ? null : await historyKey(task).catch(() => null); // a report gone: collated, not cached
  const cached = key === null ? null : cache.getHistory(key);
  if (cached) {
    // As for a pair, only the content comes from the cache: the paths are the task's.
    const json = historyPath(task.series, 'json');
    writeJsonAtomic(join(task.outDir, json), cached.jsonText);
    const html = cached.htmlText === null ? null : historyPath(task.series, 'html');
    if (html !== null) writeJsonAtomic(join(task.outDir, html), cached.htmlText);
    const docx = cached.docxBase64 === null ? null : historyPath(task.series, 'docx');
    if (docx !== null) writeFileSync(join(task.outDir, docx), Buffer.from(cached.docxBase64!, 'base64'));
    return { series: task.series, json, html, ...(docx === null ? {} : { docx }), positions: cached.positions, reinstated: cached.reinstated };
  }
  const written = await collateSeriesHistory(task, cache);
  if (key !== null && written.error === undefined && written.json !== null) {
    const read = (path: string | null | undefined, encoding: 'utf8' | 'base64'): string | null => (path == null ? null : readFileSync(join(task.outDir, path)).toString(encoding));
    cache.putHistory(key, { jsonText: read(written.json, 'utf8')!, htmlText: read(written.html, 'utf8'), docxBase64: read(written.docx, 'base64'), positions: written.positions, reinstated: written.reinstated });
  }
  return written;
}

/** What a cached history holds beyond its files: bump when the entry's content changes. */
const HISTORY_ENTRY_FORMAT = 'history 1: json, html, docx, positions, reinstated';

/**
 * What decides a series' history: its versions' content, ids and paths in order, the series' id and title, the run's
 * pair reports it reads back (by their content), the options, redline's version, the comparison's, the lexicons' content
 * and, with HTML, the templates' fingerprint, as a pair's key (`pairKey`); and redline's built code (`buildFingerprint`),
 * since the history's collation and its pages have no version of their own. Equal keys give equal files.
 */
async function historyKey(task: HistoryTask): Promise<string> {
  const templates = task.html ? (await import('../report/templates.js')).templatesFingerprint() : null;
  // The reports by the pair they compare, in one order: `task.pairs` comes in the order the run's pairs finished (a
  // warm run's cached pairs finish in another order than a cold run's computed ones), and the history reads a report by
  // its pair, never by its place or its path (session 20: 2 of 70 histories of /tmp/s6/flat collated again on a warm run).
  const reports = task.pairs
    .map((pair) => [pair.left, pair.right, sha256Hex(readFileSync(join(task.outDir, pair.report), 'utf8'))])
    .sort(([leftA, rightA], [leftB, rightB]) => (leftA < leftB ? -1 : leftA > leftB ? 1 : rightA < rightB ? -1 : rightA > rightB ? 1 : 0));
  const documents = task.documents.map((document) => [document.sha256, document.id, document.path]);
  return sha256Hex(JSON.stringify([TOOL_VERSION, COMPARISON_VERSION, HISTORY_ENTRY_FORMAT, buildFingerprint(), task.unit ?? 'paragraph', task.trackedChanges ?? 'final', task.maxBytes ?? null, lexiconsFingerprint(task.options.lexicons), templates, task.options, task.html, task.series, task.title, documents, reports]));
}

/** Read the series' versions, collate them and write the history's files. */
async function collateSeriesHistory(task: HistoryTask, cache: BatchCache): Promise<SeriesHistoryRecord> {
  try {
    const documents: Document[] = [];
    const loadWarnings: Warning[] = [];
    for (const version of task.documents) {
      const loaded = await loadMemo(version.path, version.id, task.maxBytes, task.unit, task.trackedChanges);
      documents.push(loaded.document);
      for (const warning of loaded.warnings) loadWarnings.push(warning);
    }
    // A consecutive pair the run compared already (its pair report, same options) is read back, not compared again.
    const reports = new Map(task.pairs.map((pair) => [`${pair.left}\u0000${pair.right}`, pair.report]));
    const known = (older: Document, newer: Document): Comparison | null => {
      const report = reports.get(`${older.meta.id}\u0000${newer.meta.id}`);
      if (report === undefined) return null;
      const comparison = (JSON.parse(readFileSync(join(task.outDir, report), 'utf8')) as RedlineResult).comparisons[0];
      return comparison.left === older.meta.id && comparison.right === newer.meta.id ? comparison : null;
    };
    const collated = await compareVersions(documents, task.options, (document) => normalizeMemo(document, cache, task.unit, task.trackedChanges), known);
    const result = { ...collated, history: task.title === null ? collated.history : { ...collated.history, title: task.title }, warnings: [...loadWarnings, ...collated.warnings] };
    const { renderHistoryJson } = await import('../report/history-json.js');
    const json = historyPath(task.series, 'json');
    writeJsonAtomic(join(task.outDir, json), renderHistoryJson(result));
    let html: string | null = null;
    if (task.html) {
      const { renderHistoryHtml } = await import('../report/history-html.js');
      html = historyPath(task.series, 'html');
      // Series histories sit in series/, the index one folder up.
      writeJsonAtomic(join(task.outDir, html), renderHistoryHtml(result, { indexHref: '../index.html' }));
    }
    // The memo-ready history beside the page, as `redline history -o x.docx` writes it, for Word users.
    let docx: string | null = null;
    if (task.html) {
      const { renderHistoryDocx } = await import('../report/history-docx.js');
      docx = historyPath(task.series, 'docx');
      writeFileSync(join(task.outDir, docx), await renderHistoryDocx(result));
    }
    const { positions } = result.history;
    return { series: task.series, json, html, ...(docx === null ? {} : { docx }), positions: positions.length, reinstated: positions.filter((position) => position.reinstated).length };
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
const PAIR_ENTRY_FORMAT = 'lineage matches with labels; warnings; footnote changes; same resolution';

async function pairKey(task: CompareTask): Promise<string> {
  const side = (entry: CompareTask['left']) => [entry.sha256, entry.id, entry.path, entry.date];
  // The page's templates and scripts, when the pair gets an HTML report: loaded only then (Handlebars is not small).
  const templates = task.html ? (await import('../report/templates.js')).templatesFingerprint() : null;
  return sha256Hex(JSON.stringify([TOOL_VERSION, COMPARISON_VERSION, PAIR_ENTRY_FORMAT, task.unit ?? 'paragraph', lexiconsFingerprint(task.options.lexicons), templates, task.options, task.minSimilarity, task.html, side(task.left), side(task.right)]));
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
        ...(warnings.length > 0 ? { warnings } : {}),
        ...(comparison.sameResolution ? { sameResolution: true as const } : {}),
      },
    };
  } catch (error) {
    return {
      record: { ...base, similarity: task.estimate, estimated: true, estimate: task.estimate, coverage: null, summary: null, report: null, html: null, error: errorLine(error) },
    };
  }
}

function errorLine(error: unknown): string {
  const candidate = error as { toLine?: () => string; message?: string };
  return typeof candidate.toLine === 'function' ? candidate.toLine() : String(candidate.message ?? error);
}
