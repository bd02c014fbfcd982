import { basename, extname } from 'node:path';
import type { Document, DocumentMeta, LoadOptions, Paragraph } from '../types.js';
import { RedlineError } from '../errors.js';
import { splitFrontMatter } from './front-matter.js';
import { segmentParagraphs } from './segment.js';
import { DEFAULT_MAX_BYTES } from '../options.js';
import { decodeText, readInput, sha256Hex, MAX_PARAGRAPH_CHARS } from './read-input.js';

/** Read a `.txt` or `.md` file (or `-` for standard input) into a Document: facts from front matter, paragraphs segmented. */
export async function loadDocument(path: string, options: LoadOptions = {}): Promise<Document> {
  const input = await readInput(path, options.maxBytes ?? DEFAULT_MAX_BYTES);
  const text = decodeText(input.bytes, path);
  return documentFromText(text, { path, sha256: input.sha256, id: options.id });
}

/** Build a Document from already-decoded text (LF line ends); `sha256` defaults to the text's own. */
export function documentFromText(text: string, origin: { path: string; sha256?: string; id?: string }): Document {
  const { path } = origin;
  const { data, body, bodyOffset } = splitFrontMatter(text, path);
  const longest = longestLine(body);
  if (longest > MAX_PARAGRAPH_CHARS) {
    throw new RedlineError('line-too-long', `has a line of ${longest.toLocaleString('en-US')} characters, over the ${MAX_PARAGRAPH_CHARS.toLocaleString('en-US')} a paragraph may have`, 'Is it minified or machine data? Give the document as prose with paragraph breaks.', path);
  }
  const paragraphs = segmentParagraphs(body, bodyOffset);
  if (paragraphs.length === 0) {
    throw new RedlineError('empty', 'has front matter but no text', 'Add the document text below the front matter.', path);
  }
  return { meta: buildMeta(data, paragraphs, { ...origin, sha256: origin.sha256 ?? sha256Hex(text) }), paragraphs };
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

function buildMeta(data: Record<string, unknown>, paragraphs: Paragraph[], origin: { path: string; sha256: string; id?: string }): DocumentMeta {
  const field = (name: string): string | undefined => {
    const value = data[name];
    if (value === undefined || value === null) return undefined;
    return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  };
  const extra: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    if (!(KNOWN_FIELDS as readonly string[]).includes(key)) extra[key] = value;
  }
  const meta: DocumentMeta = {
    id: origin.id ?? field('id') ?? idFromPath(origin.path),
    title: field('title') ?? titleFromText(paragraphs) ?? (origin.path === '-' ? 'standard input' : basename(origin.path)),
    date: normalizeDate(field('date')) ?? dateFromText(paragraphs),
    path: origin.path,
    sha256: origin.sha256,
  };
  for (const name of ['place', 'issuer', 'source', 'symbol'] as const) {
    const value = field(name);
    if (value !== undefined) meta[name] = value;
  }
  if (Object.keys(extra).length) meta.extra = extra;
  return meta;
}

/** A file name without folder and extension, as an id: `seeds/000_9b5e.txt` → `000_9b5e`. */
export function idFromPath(path: string): string {
  if (path === '-') return 'stdin';
  return basename(path, extname(path));
}

function titleFromText(paragraphs: Paragraph[]): string | undefined {
  return paragraphs.slice(0, 3).find((paragraph) => paragraph.heading && paragraph.text.length > 10)?.text;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Read a date written the ways declarations write them into ISO form; null when it is not a date. */
export function normalizeDate(value: string | undefined): string | null {
  if (!value) return null;
  const text = value.trim().replace(/,/g, '');
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (match) return iso(+match[1], +match[2], +match[3]);
  match = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text); // day first, as Europe and the UN write it
  if (match) return iso(+match[3], +match[2], +match[1]);
  match = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text);
  if (match && MONTHS.includes(match[2].toLowerCase())) return iso(+match[3], MONTHS.indexOf(match[2].toLowerCase()) + 1, +match[1]);
  match = /^([A-Za-z]+) (\d{1,2}) (\d{4})$/.exec(text);
  if (match && MONTHS.includes(match[1].toLowerCase())) return iso(+match[3], MONTHS.indexOf(match[1].toLowerCase()) + 1, +match[2]);
  return null;
}

function iso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function dateFromText(paragraphs: Paragraph[]): string | null {
  for (const paragraph of paragraphs.slice(0, 5)) {
    const date = normalizeDate(paragraph.text);
    if (date) return date;
  }
  return null;
}
