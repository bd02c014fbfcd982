import { basename, extname } from 'node:path';
import type { Document, DocumentMeta, LoadOptions, Paragraph, SegmentUnit } from '../types.js';
import { RedlineError, checkArgument } from '../errors.js';
import { splitFrontMatter } from './front-matter.js';
import { segmentParagraphs } from './segment.js';
import { attachFootnotes } from './footnotes.js';
import { labelResolution } from './resolution-structure.js';
import { convertUnTextKeepingFrontMatter } from './un-text.js';
import { dateEndingTitle, normalizeDate, normalizeDateOrYear } from './dates.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { decodeText, readInput, sha256Hex, MAX_PARAGRAPHS, MAX_PARAGRAPH_CHARS } from './read-input.js';
import { repairWithWarning } from './mojibake.js';
import { dateOfTrailer, splitTrailer } from './trailer.js';

/** Read a `.txt` or `.md` file (or `-` for standard input) into a Document: facts from front matter, paragraphs segmented. */
export async function loadDocument(path: string, options: LoadOptions = {}): Promise<Document> {
  checkArgument(typeof path === 'string' && path !== '', 'loadDocument', 'path', 'a file path (or - for standard input)', path);
  const input = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const text = repairWithWarning(decodeText(input.bytes, path), path, options.warnings);
  // A UN document's text as a PDF library extracted it: read through its page furniture (see un-text.ts).
  const converted = convertUnTextKeepingFrontMatter(text, path);
  if (converted) {
    const document = documentFromText(converted.text, { path, sha256: input.sha256, id: options.id, unit: options.unit, blocksAreParagraphs: true });
    return { ...document, meta: withConvertedMeta(document.meta, converted.meta, options.id) };
  }
  return documentFromText(text, { path, sha256: input.sha256, id: options.id, unit: options.unit });
}

/**
 * A converter's facts over those guessed from the text (a converter leaves out what the text's front matter states);
 * the id is the caller's, else the front matter's (a converter passes it on), else the document's symbol (`A/RES/78/113`: batch turns ids into file-safe names where it needs files), else the path's.
 */
export function withConvertedMeta(meta: DocumentMeta, converted: Partial<DocumentMeta>, id: string | undefined): DocumentMeta {
  return { ...meta, ...converted, path: meta.path, sha256: meta.sha256, id: id ?? converted.id ?? converted.symbol ?? meta.id };
}

/** Where a text comes from and how to cut it. */
export interface TextOrigin {
  path: string;
  /** Defaults to the text's own checksum. */
  sha256?: string;
  id?: string;
  /** The unit of comparison (default `paragraph`). */
  unit?: SegmentUnit;
  /** The converter already decided the paragraphs: one per blank-line block. */
  blocksAreParagraphs?: boolean;
}

/** Build a Document from already-decoded text (LF line ends); `sha256` defaults to the text's own. */
export function documentFromText(text: string, origin: TextOrigin): Document {
  checkArgument(typeof text === 'string', 'documentFromText', 'text', 'a string', text);
  checkArgument(typeof origin === 'object' && origin !== null && typeof origin.path === 'string', 'documentFromText', 'origin', 'an object with a path (the name used in messages)', origin);
  const { path } = origin;
  const { data, body, bodyOffset } = splitFrontMatter(text, path);
  const longest = longestLine(body);
  if (longest > MAX_PARAGRAPH_CHARS) {
    throw new RedlineError('line-too-long', `has a line of ${longest.toLocaleString('en-US')} characters, over the ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} a paragraph may have`, 'Is it minified or machine data? Give the document as prose with paragraph breaks.', path);
  }
  // Footnotes leave the flow before the structure is read: a note is no paragraph, and no PP.
  const segmented = segmentParagraphs(body, bodyOffset, { unit: origin.unit, blocksAreParagraphs: origin.blocksAreParagraphs });
  if (segmented.length > MAX_PARAGRAPHS) {
    throw new RedlineError('too-many-paragraphs', `has ${segmented.length.toLocaleString('en-US')} paragraphs, over the ${MAX_PARAGRAPHS.toLocaleString('en-US')} redline compares`, 'Split the document into parts and compare them one by one.', path);
  }
  // A release's closing lines ("Implementation Note issued …") are facts of the document, not paragraphs (`trailer.ts`).
  const { paragraphs: bodyParagraphs, trailer } = splitTrailer(attachFootnotes(segmented));
  const paragraphs = labelResolution(bodyParagraphs, { symbol: typeof data.symbol === 'string' && data.symbol.trim() !== '' });
  if (paragraphs.length === 0) {
    throw new RedlineError('empty', 'has front matter but no text', 'Add the document text below the front matter.', path);
  }
  const meta = buildMeta(data, paragraphs, { ...origin, sha256: origin.sha256 ?? sha256Hex(text) }, trailer);
  return { meta: trailer.length > 0 ? { ...meta, trailer } : meta, paragraphs };
}

function longestLine(text: string): number {
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    longest = Math.max(longest, end - start);
    start = end + 1;
  }
  return longest;
}

const KNOWN_FIELDS = ['id', 'title', 'date', 'place', 'issuer', 'source', 'symbol'] as const;

/**
 * Facts a reader finds in a UN document (its first page, its closing lines), under their JSON names, which the corpus
 * library writes into a stored text's front matter (`corpus add` of a UN text, trial 15a #7): read back as the facts
 * they were, so the stored text states what the file did. A value of another shape (a `status: final` of the user's
 * own) stays in `extra`.
 */
function statedFacts(data: Record<string, unknown>): Partial<DocumentMeta> {
  const facts: Partial<DocumentMeta> = {};
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : undefined);
  for (const name of ['distribution', 'originalLanguage', 'session', 'agendaItem', 'resolution', 'meeting'] as const) {
    const value = text(data[name]);
    if (value !== undefined) facts[name] = value;
  }
  const issued = normalizeDate(text(data.issued) ?? '');
  if (issued) facts.issued = issued;
  const notes = data.notes;
  if (Array.isArray(notes) && notes.length > 0 && notes.every((note) => typeof note === 'string')) facts.notes = notes;
  const status = data.status as Record<string, unknown> | null | undefined;
  if (status && typeof status === 'object' && (status.stage === 'draft' || status.stage === 'adopted')) {
    const on = normalizeDate(text(status.on) ?? '');
    const sponsors = Array.isArray(status.sponsors) && status.sponsors.every((name) => typeof name === 'string') ? (status.sponsors as string[]) : undefined;
    facts.status = {
      stage: status.stage,
      ...(text(status.by) ? { by: text(status.by) } : {}),
      ...(on ? { on } : {}),
      ...(text(status.basis) ? { basis: text(status.basis) } : {}),
      ...(sponsors ? { sponsors } : {}),
      ...(text(status.revises) ? { revises: text(status.revises) } : {}),
      ...(text(status.amends) ? { amends: text(status.amends) } : {}),
    };
  }
  return facts;
}

function buildMeta(data: Record<string, unknown>, paragraphs: Paragraph[], origin: { path: string; sha256: string; id?: string }, trailer: readonly string[] = []): DocumentMeta {
  const field = (name: string): string | undefined => {
    const value = data[name];
    if (value === undefined || value === null) return undefined;
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  };
  const stated = statedFacts(data);
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key) && !(key in stated)) extra[key] = value;
  }
  const meta: DocumentMeta = {
    id: origin.id ?? field('id') ?? idFromPath(origin.path),
    title: field('title') ?? titleFromText(paragraphs) ?? (origin.path === '-' ? 'standard input' : basename(origin.path)),
    // Front matter wins over any date in the text, a year alone too (`date: "2000"` over a line `29-12-2008` in the body);
    // the closing note's issue date ("Implementation Note issued …") comes last.
    date: normalizeDateOrYear(field('date')) ?? dateFromText(paragraphs) ?? dateOfTrailer(trailer),
    path: origin.path,
    sha256: origin.sha256,
  };
  for (const name of ['place', 'issuer', 'source', 'symbol'] as const) {
    const value = field(name);
    if (value !== undefined) meta[name] = value;
  }
  Object.assign(meta, stated);
  if (Object.keys(extra).length) meta.extra = extra;
  return meta;
}

export { normalizeDate } from './dates.js';

/** A file name without folder and extension, as an id: `seeds/000_9b5e.txt` → `000_9b5e`. */
export function idFromPath(path: string): string {
  if (path === '-') return 'stdin';
  return basename(path, extname(path));
}

function titleFromText(paragraphs: Paragraph[]): string | undefined {
  return paragraphs.slice(0, 3).find((paragraph) => paragraph.heading && paragraph.text.length > 10)?.text;
}

/**
 * The date a text without front matter states: the date its title ends with (the statement's own date, "…, Sochi,
 * 10 November, 2024"), else the first date-only line near the top (a publication line such as "11-11-2024").
 */
function dateFromText(paragraphs: Paragraph[]): string | null {
  const title = paragraphs.slice(0, 3).find((paragraph) => paragraph.heading && paragraph.text.length > 10);
  const titled = title ? dateEndingTitle(title.text) : null;
  if (titled) return titled;
  for (const paragraph of paragraphs.slice(0, 5)) {
    const date = normalizeDate(paragraph.text);
    if (date) return date;
  }
  return null;
}
