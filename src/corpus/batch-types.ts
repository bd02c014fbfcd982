import type { DocumentMeta, FindingKind, ResolvedOptions } from '../types.js';

/**
 * The shapes of a batch run that cross from the planner to the workers and into the output files
 * (`results.jsonl`, `lineage.json`, `batch.json`). Key order in these objects is the key order on disk.
 */

/** Which pairs a batch compares: the target against every document, each document against its series' previous, or every pair. */
export type BatchMode = 'target' | 'chain' | 'all';

/** All batch modes. */
export const BATCH_MODES: readonly BatchMode[] = ['target', 'chain', 'all'];

/** Default `--min-similarity`: document similarity from which a pair gets its own report. */
export const DEFAULT_MIN_SIMILARITY = 0.3;

/** The default cache folder of `redline batch`, relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.redline-cache';

/** A corpus document as the planner sees it (its text stays on disk; workers read it again). */
export interface BatchDocument {
  /** Unique id in the run (front matter `id` or file name; a repeated id gets `~2`). */
  id: string;
  /** Path as listed (corpus folder joined with the relative path). */
  path: string;
  /** sha256 of the file's bytes. */
  sha256: string;
  title: string;
  /** Sort date: ISO date, or a year for year-only documents, or null. */
  date: string | null;
  /** Front matter `series`, or null. */
  series: string | null;
  /** Front matter `previous` (an id or a date naming the previous document of the series), or null. */
  previous: string | null;
  /** Paragraph count. */
  paragraphs: number;
}

/** One line of `results.jsonl`: every planned pair, compared or only estimated. */
export interface PairRecord {
  /** Position in the run's canonical pair order (also decides the shard). */
  pair: number;
  /** Id of the older document. */
  left: string;
  /** Id of the newer document. */
  right: string;
  leftDate: string | null;
  rightDate: string | null;
  /** The engine's document similarity when `estimated` is false; else the shingle estimate. */
  similarity: number;
  /** True when the pair was below the pre-filter and not compared: `similarity` is the shingle estimate, counts are null. */
  estimated: boolean;
  /** The shingle estimate (always present, so estimates and full scores can be compared). */
  estimate: number;
  /** Share of the left text carried unchanged (null when estimated). */
  coverage: number | null;
  /** Findings per kind plus moved/renumbered (null when estimated). */
  summary: Record<FindingKind | 'moved' | 'renumbered', number> | null;
  /** Path of the pair's JSON report relative to the output folder, when the pair reached `--min-similarity`. */
  report: string | null;
  /** Path of the pair's HTML report, when written. */
  html: string | null;
  /** Why the pair could not be compared, when it could not. */
  error?: string;
}

/** One earlier paragraph (or group) a target paragraph carries. */
export interface LineageMatch {
  /** Paragraph index in the target. */
  paragraph: number;
  /** Id of the earlier document. */
  document: string;
  /** Paragraph indices in the earlier document. */
  paragraphs: number[];
  /** Finding kind (`unchanged`, `modified`, `split`, `merged`). */
  kind: FindingKind;
  similarity: number;
}

/** What `batch.json` records: enough to reproduce the run and to merge shards. */
export interface BatchManifest {
  tool: { name: 'redline'; version: string };
  mode: BatchMode;
  /** Id of the target document (target mode), else null. */
  target: string | null;
  options: ResolvedOptions & { minSimilarity: number; candidateFloor: number };
  /** Every input document in canonical (date, id) order, with its sha256. */
  documents: BatchDocument[];
  /** Inputs that could not be read, reported and skipped. */
  failures: Array<{ path: string; error: string }>;
  /** Planned pairs in the whole run (all shards). */
  pairs: number;
  /** Which slice this output holds, or null for a whole run (or a merge of all shards). */
  shard: { index: number; count: number } | null;
  /** sha256 over mode, options and documents: shards merge only when it agrees. */
  planKey: string;
}
