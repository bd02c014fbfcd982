import { createHash } from 'node:crypto';
import type { DigestStep, DocumentMeta, FindingKind, LineageClauseMatch, LineageClosest, LineageMatch, NormalizedDocument, NormalizedParagraph, PairRecord } from '../types.js';
import { FINDING_KINDS } from '../types.js';

/**
 * The cache is a folder anyone with write access can edit, and a file in it can be cut short, be of an older version
 * or be crafted. So an entry is trusted no further than it is checked: each file starts with a header line carrying
 * the sha256 of the JSON after it (a damaged or foreign file fails it), and the parsed value must have the shape its
 * reader needs (a `{}` that parses must not reach the pipeline as a document). A file failing either is recomputed.
 */

/** What a scan of one corpus file leaves in the cache: enough to plan a run without reading the text again. */
export interface ScanEntry {
  meta: DocumentMeta;
  paragraphs: number;
  /** Shingle signature (`signature.ts`), as base64 of its little-endian Uint32 bytes. */
  signature: string;
}

/** The lineage sources one corpus document gave one target (see `lineageKey` in `tasks.ts`): matches without the document. */
export interface CachedLineage {
  matches: Array<Omit<LineageMatch, 'document'>>;
  /** The closest candidates under the floor of the paragraphs without a source there. */
  closest: Array<Omit<LineageClosest, 'document'> & { paragraph: number }>;
  /** The runs of 12 words or more of a target paragraph that a paragraph of the document has word for word. */
  clauses: Array<Omit<LineageClauseMatch, 'document'> & { paragraph: number }>;
}

/** A series' history written in an earlier run (see `historyKey` in `tasks.ts`): its files' contents and its table's counts. */
export interface CachedHistory {
  jsonText: string;
  htmlText: string | null;
  /** The Word document's bytes as base64, or null without HTML reports. */
  docxBase64: string | null;
  positions: number;
  reinstated: number;
}

/** A pair compared in an earlier run: its record (any pair number) and report texts. */
export interface CachedPair {
  record: PairRecord;
  reportText: string | null;
  htmlText: string | null;
}

const HEADER = 'redline-cache-entry 1 sha256:';

/** An entry's file content: the header with the JSON's checksum, a line break, the JSON. */
export function encodeEntry(value: unknown): string {
  const json = JSON.stringify(value);
  return `${HEADER}${sha256(json)}\n${json}`;
}

/** Why a cache file is not usable, or its parsed JSON. */
export type DecodedEntry = { ok: true; value: unknown } | { ok: false; problem: string };

/** Check an entry's checksum and parse it. */
export function decodeEntry(text: string): DecodedEntry {
  const newline = text.indexOf('\n');
  if (!text.startsWith(HEADER) || newline !== HEADER.length + 64) return { ok: false, problem: 'has no checksum header (damaged, or written by another version)' };
  const json = text.slice(newline + 1);
  if (sha256(json) !== text.slice(HEADER.length, newline)) return { ok: false, problem: 'fails its checksum (damaged or edited)' };
  try {
    return { ok: true, value: JSON.parse(json) };
  } catch {
    return { ok: false, problem: 'is not valid JSON' };
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

type Check = (value: unknown) => boolean;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString: Check = (value) => typeof value === 'string';
const isStringOrNull: Check = (value) => value === null || typeof value === 'string';
const isCount: Check = (value) => Number.isSafeInteger(value) && (value as number) >= 0;
const isUnit: Check = (value) => typeof value === 'number' && value >= 0 && value <= 1;
const isOptional = (check: Check): Check => (value) => value === undefined || check(value);
const isArrayOf = (check: Check): Check => (value) => Array.isArray(value) && value.every(check);

function hasFields(value: unknown, fields: Record<string, Check>): boolean {
  return isObject(value) && Object.entries(fields).every(([name, check]) => check(value[name]));
}

const isMeta: Check = (value) =>
  hasFields(value, {
    id: isString,
    title: isString,
    date: isStringOrNull,
    place: isOptional(isString),
    issuer: isOptional(isString),
    source: isOptional(isString),
    symbol: isOptional(isString),
    path: isString,
    sha256: (sha) => typeof sha === 'string' && /^[0-9a-f]{64}$/.test(sha),
    extra: isOptional(isObject),
  });

/**
 * base64 of whole Uint32 values: it must decode to a multiple of 4 bytes and be what those bytes encode to (a native
 * round trip: the same check as a pattern over the text, which took a tenth of a warm batch's time).
 */
const isUint32Base64: Check = (text) => {
  if (typeof text !== 'string') return false;
  const bytes = Buffer.from(text, 'base64');
  return bytes.length % 4 === 0 && bytes.toString('base64') === text;
};

/** A scan entry of the file with this content checksum. */
export function isScanEntry(value: unknown, sha256Hex: string): value is ScanEntry {
  return (
    hasFields(value, {
      meta: isMeta,
      paragraphs: isCount,
      signature: isUint32Base64,
    }) && (value as ScanEntry).meta.sha256 === sha256Hex
  );
}

const isNormalizedParagraph: Check = (value) =>
  hasFields(value, { tokens: isArrayOf(isString), folded: isString, surface: isString }) &&
  Array.isArray((value as NormalizedParagraph).content) &&
  (value as NormalizedParagraph).content.every((position) => Number.isSafeInteger(position) && position >= 0 && position < (value as NormalizedParagraph).tokens.length);

/** A normalized document for this content, normalizer and paragraph count. */
export function isNormalizedDocument(value: unknown, expected: { sha256: string; normalizer: string; paragraphs: number }): value is NormalizedDocument {
  return (
    hasFields(value, { sha256: (sha) => sha === expected.sha256, normalizer: (name) => name === expected.normalizer, paragraphs: isArrayOf(isNormalizedParagraph) }) &&
    (value as NormalizedDocument).paragraphs.length === expected.paragraphs
  );
}

const SUMMARY_KEYS = [...FINDING_KINDS, 'moved', 'renumbered'];
const isSummary: Check = (value) => isObject(value) && SUMMARY_KEYS.every((key) => isCount(value[key]));

/** The fields of a cached record the run takes over: the comparison's outcome. Ids, dates and paths come from the task. */
const isCachedRecord: Check = (value) =>
  hasFields(value, {
    similarity: isUnit,
    coverage: (coverage) => coverage === null || isUnit(coverage),
    summary: (summary) => summary === null || isSummary(summary),
    signals: isOptional(isPairSignals),
    warnings: isOptional(isArrayOf(isWarning)),
    sameResolution: isOptional((flag) => flag === true),
  });

/** A warning of a pair (see `Warning`): code, message, and the file when there is one. */
const isWarning: Check = (value) => hasFields(value, { code: isString, message: isString, file: isOptional(isString) });

/** A pair's signal digest (see `PairSignals`). */
const isPairSignals: Check = (value) =>
  hasFields(value, {
    summary: isStringOrNull,
    referencesAdded: isArrayOf(isString),
    referencesRemoved: isArrayOf(isString),
    topicsAdded: isArrayOf(isString),
    topicsRemoved: isArrayOf(isString),
  });

const KINDS = new Set<string>([...FINDING_KINDS, 'partial']);
const isLineageSource: Check = (value) =>
  hasFields(value, { paragraph: isCount, paragraphs: isArrayOf(isCount), kind: (kind) => typeof kind === 'string' && KINDS.has(kind as FindingKind), similarity: isUnit, containment: isOptional(isUnit) });
const isLineageClosest: Check = (value) => hasFields(value, { paragraph: isCount, paragraphs: isArrayOf(isCount), similarity: isUnit });

const isLineageClause: Check = (value) => hasFields(value, { paragraph: isCount, paragraphs: isArrayOf(isCount), from: isCount, words: isCount });

/** A document's lineage sources for one target. */
export function isCachedLineage(value: unknown): value is CachedLineage {
  return hasFields(value, { matches: isArrayOf(isLineageSource), closest: isArrayOf(isLineageClosest), clauses: isArrayOf(isLineageClause) });
}

/** A compared pair: outcome, report texts. */
export function isCachedPair(value: unknown): value is CachedPair {
  return hasFields(value, { record: isCachedRecord, reportText: isStringOrNull, htmlText: isStringOrNull });
}

/** A cached history: its files' texts and counts. */
export function isCachedHistory(value: unknown): value is CachedHistory {
  return hasFields(value, { jsonText: isString, htmlText: isStringOrNull, docxBase64: isStringOrNull, positions: isCount, reinstated: isCount });
}

/** A cached digest step: the fields every step has, of their kinds (the lines as a list). */
export function isCachedDigestStep(value: unknown): value is DigestStep {
  const versionOf: Check = (version) => hasFields(version, { id: isString, name: isString, date: isStringOrNull });
  return hasFields(value, { step: isString, older: versionOf, newer: versionOf, similarity: (x) => typeof x === 'number', unrelated: (x) => typeof x === 'boolean', technicalUpdate: (x) => typeof x === 'boolean', routine: isCount, editorial: isCount, report: isStringOrNull, lines: isArrayOf(isObject), memo: isArrayOf(isObject) });
}

/** A journaled result of an interrupted run (see journal.ts): a complete record. */
export function isJournaledResult(value: unknown): value is { record: PairRecord } {
  return (
    hasFields((value as { record: unknown }).record, {
      pair: isCount,
      left: isString,
      right: isString,
      leftDate: isStringOrNull,
      rightDate: isStringOrNull,
      similarity: isUnit,
      estimated: (flag) => typeof flag === 'boolean',
      estimate: isUnit,
      coverage: (coverage) => coverage === null || isUnit(coverage),
      summary: (summary) => summary === null || isSummary(summary),
      report: (path) => path === null || (typeof path === 'string' && PAIR_REPORT_PATH.test(path)),
      html: (path) => path === null || (typeof path === 'string' && PAIR_REPORT_PATH.test(path)),
      error: isOptional(isString),
    })
  );
}

/** A pair report's path as a batch writes it: a plain file name in `pairs/` (never `..`, never absolute). */
export const PAIR_REPORT_PATH = /^pairs\/[A-Za-z0-9._~-]+\.(json|html)$/;
