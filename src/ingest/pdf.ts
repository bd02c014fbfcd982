import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentMeta, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { joinParagraphs } from './join-paragraphs.js';
import { stripLabel } from './segment.js';

/**
 * PDF → paragraphs, rebuilt from positioned text.
 *
 * A PDF has no paragraphs, only glyph runs at coordinates. The stages, each a plain function below:
 *  1. `readPages`: pdfjs text items → lines (items on one baseline; a smaller run just above a line is its superscript).
 *  2. `dropRunningLines`: the outermost lines of each page that repeat on other pages once digits are masked (the UN
 *     symbol `A/78/265`, the job number `23-14999`, `2/21`), and lone page numbers, are furniture, not text.
 *  3. `splitFootnotes`: lines in a smaller font below a page's last body-size line are footnotes; they leave the flow so
 *     the paragraph they interrupt joins up across the page break, and are written at the end as `[^1]: …`.
 *  4. `buildParagraphs`: lines join unless a paragraph label starts the next line, the vertical gap is wider than the
 *     document's line spacing, the font size changes, or a short line ends a sentence; across a page break they join
 *     unless the last line ended a sentence short of the margin. Line-end hyphens go when the document itself spells
 *     the word without one (else a compound such as `State-led` keeps it), and superscript footnote marks are dropped.
 */

/** A run of text at a position, in PDF points (y grows upwards). */
interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** Raised and smaller than the line it sits on: a footnote mark. */
  sup: boolean;
}

/** One printed line. */
interface PdfLine {
  runs: TextRun[];
  /** Baseline. */
  y: number;
  x: number;
  right: number;
  /** Font size of the line's main text. */
  size: number;
  /** 0-based page. */
  page: number;
}

/** A page's lines, top to bottom, and its height. */
interface PdfPage {
  lines: PdfLine[];
  height: number;
}

/** Convert a PDF to paragraph text: running headers and footers removed, lines joined, footnotes at the end. */
export async function convertPdf(bytes: Uint8Array, path: string): Promise<{ text: string; meta: Partial<DocumentMeta>; warnings: Warning[] }> {
  const { pages, title } = await readPages(bytes, path);
  const warnings: Warning[] = [];
  pages.forEach((page, index) => {
    if (page.lines.length === 0) warnings.push({ code: 'pdf-no-text', message: `page ${index + 1} has no text layer (a scanned image?)`, file: path });
  });
  if (pages.every((page) => page.lines.length === 0)) {
    throw new RedlineError('empty', 'is a PDF without a text layer (a scanned image?)', 'Run OCR on it (e.g. `ocrmypdf`) or give a text version.', path);
  }
  const { paragraphs, footnotes, symbol } = paragraphsFromPages(pages);
  const meta: Partial<DocumentMeta> = {};
  if (symbol) meta.symbol = symbol;
  if (title && title.split(/\s+/).length >= 3 && !/\.(docx?|pdf)\b/i.test(title) && (!symbol || !title.includes(symbol))) meta.title = title;
  const notes = footnotes.map((note) => `[^${note.number}]: ${note.text}`);
  return { text: joinParagraphs([...paragraphs, ...notes], path), meta, warnings };
}

/** What the pure part of the PDF reader recovers from a document's lines. */
export interface PdfParagraphs {
  /** Body paragraphs in reading order, labels kept at their start. */
  paragraphs: string[];
  /** Footnotes in page order. */
  footnotes: Array<{ number: string; text: string }>;
  /** The document symbol when a running header carries one (`A/78/265`). */
  symbol?: string;
}

/** Rebuild paragraphs, footnotes and the running symbol from pages of positioned lines. */
export function paragraphsFromPages(pages: PdfPage[]): PdfParagraphs {
  const bodySize = dominantSize(pages);
  const { pages: cleaned, symbol } = dropRunningLines(pages);
  const body: PdfLine[] = [];
  const footnotes: Array<{ number: string; text: string }> = [];
  for (const page of cleaned) {
    const split = splitFootnotes(page, bodySize);
    body.push(...split.body);
    for (const note of split.notes) {
      const last = footnotes[footnotes.length - 1];
      // A note without a number at the top of a page's notes continues the previous page's last note.
      if (note.number === null && last) last.text = joinText(last.text, note.text, new Set());
      else footnotes.push({ number: note.number ?? '?', text: note.text });
    }
  }
  const vocabulary = vocabularyOf(body);
  const noteNumbers = new Set(footnotes.map((note) => note.number));
  const paragraphs = buildParagraphs(body, bodySize, vocabulary).map((paragraph) => dropGluedMarks(paragraph, noteNumbers));
  return { paragraphs, footnotes, ...(symbol ? { symbol } : {}) };
}

// ---------------------------------------------------------------------------------------------------------------
// 1. pdfjs → lines

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsModule: Promise<Pdfjs> | null = null;

/**
 * pdf.js, loaded on first use (it is large and most inputs are text). On Node it takes `DOMMatrix` from its optional
 * dependency `@napi-rs/canvas`; an install without optional dependencies (`npm i --omit=optional`) lacks it, and pdf.js
 * then fails while loading (`new DOMMatrix()` at module level, used only to draw pages). Text extraction never draws,
 * so a placeholder stands in while the module loads and is removed after, and pdf.js' warnings about the missing
 * canvas (on stderr, about rendering) are not shown.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= importPdfjs().catch((error: unknown) => {
    pdfjsModule = null;
    throw new RedlineError('pdf-reader-unavailable', `cannot load the PDF reader pdfjs-dist (${(error as Error).message.split('\n')[0]})`, 'Reinstall with optional dependencies (`npm install policy-redline` without --omit=optional) or install `@napi-rs/canvas`.');
  });
  return pdfjsModule;
}

async function importPdfjs(): Promise<Pdfjs> {
  const globals = globalThis as { DOMMatrix?: unknown };
  const placeholder = globals.DOMMatrix === undefined && !canvasLoads();
  if (!placeholder) return import('pdfjs-dist/legacy/build/pdf.mjs');
  class DOMMatrixPlaceholder {}
  globals.DOMMatrix = DOMMatrixPlaceholder;
  const warn = console.warn;
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^Warning: Cannot (load "@napi-rs\/canvas"|polyfill)/.test(args[0])) return;
    warn(...args);
  };
  try {
    return await import('pdfjs-dist/legacy/build/pdf.mjs');
  } finally {
    console.warn = warn;
    if (globals.DOMMatrix === DOMMatrixPlaceholder) delete globals.DOMMatrix;
  }
}

/** Whether pdf.js will find its canvas package (it requires it from its own folder, as done here). */
function canvasLoads(): boolean {
  try {
    const fromPdfjs = createRequire(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    return Boolean((fromPdfjs('@napi-rs/canvas') as { DOMMatrix?: unknown }).DOMMatrix);
  } catch {
    return false;
  }
}

async function readPages(bytes: Uint8Array, path: string): Promise<{ pages: PdfPage[]; title?: string }> {
  const pdfjs = await loadPdfjs();
  const require = createRequire(import.meta.url);
  const standardFontDataUrl = join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  let pdf;
  try {
    // pdfjs transfers the buffer it is given to its worker; a copy keeps the caller's bytes intact.
    pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl, isEvalSupported: false, verbosity: 0 }).promise;
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    if ((error as Error).name === 'PasswordException') {
      throw new RedlineError('bad-pdf', 'is a password-protected PDF', 'Remove the password (e.g. `qpdf --decrypt`) and try again.', path);
    }
    throw new RedlineError('bad-pdf', `is not a readable PDF (${reason})`, 'Download it again; if it is damaged, give a text version.', path);
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= pdf.numPages; number++) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const runs: TextRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, c, d, x, y] = item.transform as number[];
        // Rotated runs are margin notes, barcodes' captions and stamps, not the text flow.
        if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
        runs.push({ text: item.str.replace(/\t/g, ' '), x, y, width: item.width, size: Math.abs(d) || Math.abs(a), sup: false });
      }
      pages.push({ lines: toLines(runs, number - 1), height: page.view[3] - page.view[1] });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    const title = typeof (info as Record<string, unknown>)?.Title === 'string' ? ((info as Record<string, unknown>).Title as string).trim() : undefined;
    return { pages, title: title || undefined };
  } finally {
    await pdf.destroy();
  }
}

/** Group runs into lines by baseline; a smaller run just above a line's baseline joins it as a superscript. */
function toLines(runs: TextRun[], page: number): PdfLine[] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups[groups.length - 1];
    if (group && Math.abs(group[0].y - run.y) <= 0.25 * Math.min(group[0].size, run.size)) group.push(run);
    else groups.push([run]);
  }
  const lines: PdfLine[] = [];
  for (let i = 0; i < groups.length; i++) {
    const group = groups[i];
    const below = groups[i + 1];
    if (below && isSuperscriptOf(group, below)) {
      for (const run of group) below.push({ ...run, sup: true });
      continue;
    }
    lines.push(makeLine(group, page));
  }
  return lines;
}

function isSuperscriptOf(group: TextRun[], below: TextRun[]): boolean {
  const size = Math.max(...below.map((run) => run.size));
  const raised = group[0].y - below[0].y;
  const left = Math.min(...below.map((run) => run.x));
  const right = Math.max(...below.map((run) => run.x + run.width));
  return (
    group.every((run) => run.size <= 0.8 * size && /^\S{1,4}$/.test(run.text.trim())) &&
    raised > 0 &&
    raised < 0.6 * size &&
    group.every((run) => run.x >= left - size && run.x <= right + size)
  );
}

function makeLine(runs: TextRun[], page: number): PdfLine {
  runs.sort((p, q) => p.x - q.x);
  const main = runs.filter((run) => !run.sup);
  const sized = main.length ? main : runs;
  return {
    runs,
    y: sized[0].y,
    x: runs[0].x,
    right: Math.max(...runs.map((run) => run.x + run.width)),
    size: Math.max(...sized.map((run) => run.size)),
    page,
  };
}

/** A line's text; superscripts dropped unless `keepSup` (a footnote's own number is a superscript too). */
function lineText(line: PdfLine, keepSup = false): string {
  let out = '';
  let previous: TextRun | undefined;
  for (const run of line.runs) {
    if (run.sup && !keepSup) continue;
    const gap = previous ? run.x - (previous.x + previous.width) : 0;
    if (previous && gap > 0.15 * Math.min(previous.size, run.size) && !/\s$/.test(out) && !/^\s/.test(run.text)) out += ' ';
    out += run.text;
    previous = run;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** The body font size: the size carrying most characters. */
function dominantSize(pages: PdfPage[]): number {
  const weight = new Map<number, number>();
  for (const page of pages) {
    for (const line of page.lines) {
      const size = Math.round(line.size * 2) / 2;
      weight.set(size, (weight.get(size) ?? 0) + lineText(line).length);
    }
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, count] of weight) if (count > bestWeight) [best, bestWeight] = [size, count];
  return best;
}

// ---------------------------------------------------------------------------------------------------------------
// 2. running headers and footers

const PAGE_NUMBER = /^(page\s+)?\d{1,4}(\s*(\/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
const JOB_NUMBER = /^\d{2}-\d{5}\b/; // UN job numbers: `23-14999`, `23-14999 (E) 040823`
const SYMBOL = /^[A-Z]{1,8}(\/[A-Z0-9][A-Za-z0-9.\-]*){1,6}$/; // A/78/265, A/RES/74/247, A/AC.290/2021/CRP.2
/** How many lines at each page edge can be furniture; how near the edge (share of the page height) they must be. */
const EDGE_LINES = 2;
const EDGE_ZONE = 0.12;

function dropRunningLines(pages: PdfPage[]): { pages: PdfPage[]; symbol?: string } {
  const edgeLines = (page: PdfPage): PdfLine[] => {
    const top = page.lines.slice(0, EDGE_LINES).filter((line) => line.y >= page.height * (1 - EDGE_ZONE));
    const bottom = page.lines.slice(-EDGE_LINES).filter((line) => line.y <= page.height * EDGE_ZONE);
    return [...new Set([...top, ...bottom])];
  };
  // Masking digits makes `2/21` and `3/21` one key, so page numbers count as repeated too.
  const key = (line: PdfLine): string => lineText(line).replace(/\d/g, '#');
  const pagesWith = new Map<string, number>();
  for (const page of pages) for (const k of new Set(edgeLines(page).map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const minRepeats = Math.max(2, Math.ceil(pages.length * 0.3));
  let symbol: string | undefined;
  const cleaned = pages.map((page) => {
    const furniture = new Set(
      edgeLines(page).filter((line) => {
        if (pages.length > 1 && (pagesWith.get(key(line)) ?? 0) >= minRepeats) return true;
        return cells(line).every((cell) => PAGE_NUMBER.test(cell) || JOB_NUMBER.test(cell) || SYMBOL.test(cell));
      }),
    );
    for (const line of furniture) {
      symbol ??= lineText(line).split(' ').find((token) => SYMBOL.test(token));
    }
    return { ...page, lines: page.lines.filter((line) => !furniture.has(line)) };
  });
  return { pages: cleaned, ...(symbol ? { symbol } : {}) };
}

/** A line cut where the gap is wider than three ems: a footer's page number and job number sit far apart on one baseline. */
function cells(line: PdfLine): string[] {
  const out: PdfLine[] = [];
  for (const run of line.runs) {
    const cell = out[out.length - 1];
    if (cell && run.x - cell.right <= 3 * run.size) {
      cell.runs.push(run);
      cell.right = Math.max(cell.right, run.x + run.width);
    } else out.push({ ...line, runs: [run], right: run.x + run.width });
  }
  return out.map((cell) => lineText(cell));
}

// ---------------------------------------------------------------------------------------------------------------
// 3. footnotes

const NOTE_START = /^(\d{1,3}|[*†‡§])\s+(.*)$/;

function splitFootnotes(page: PdfPage, bodySize: number): { body: PdfLine[]; notes: Array<{ number: string | null; text: string }> } {
  const isBody = (line: PdfLine): boolean => line.size >= 0.9 * bodySize;
  let lastBody = -1;
  page.lines.forEach((line, index) => {
    if (isBody(line)) lastBody = index;
  });
  const body = page.lines.slice(0, lastBody + 1);
  const notes: Array<{ number: string | null; text: string }> = [];
  for (const line of page.lines.slice(lastBody + 1)) {
    const text = lineText(line, true);
    const start = NOTE_START.exec(text);
    const leadsWithMark = line.runs[0].sup || start !== null;
    if (leadsWithMark && start) notes.push({ number: start[1], text: start[2] });
    else if (notes.length) notes[notes.length - 1].text = joinText(notes[notes.length - 1].text, text, new Set());
    else notes.push({ number: null, text });
  }
  return { body, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. lines → paragraphs

const TERMINAL = /[.!?;:…]["'”’)\]]*$/;
/** Words after which the next line cannot start a new numbered paragraph: "see paragraph" / "12. …" is a reference. */
const REFERRING = /\b(para\.|paras\.|paragraphs?|resolutions?|articles?|rules?|sections?|of|and|in|to|see)$/i;

function buildParagraphs(lines: PdfLine[], bodySize: number, vocabulary: Set<string>): string[] {
  const leading = lineSpacing(lines, bodySize);
  // The text block's edges over the whole document: a page with one short line has no right margin of its own.
  const column = { left: Infinity, right: -Infinity };
  for (const line of lines) [column.left, column.right] = [Math.min(column.left, line.x), Math.max(column.right, line.right)];
  const paragraphs: string[] = [];
  let current = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = lineText(line);
    if (text === '') continue;
    const previous = lines[i - 1];
    if (current === '' || !previous || startsParagraph(previous, line, text, leading, column)) {
      if (current) paragraphs.push(current);
      current = text;
    } else {
      current = joinText(current, text, vocabulary);
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function startsParagraph(previous: PdfLine, line: PdfLine, text: string, leading: number, column: { left: number; right: number }): boolean {
  const previousText = lineText(previous);
  if (stripLabel(text).number !== null && !REFERRING.test(previousText)) return true;
  if (Math.abs(line.size - previous.size) > 0.1 * previous.size) return true;
  const short = previous.right < column.right - 0.2 * (column.right - column.left);
  if (line.page !== previous.page) {
    // No gap to measure across a page break: the sentence and the line length decide.
    if (/^\p{Ll}/u.test(text) || !TERMINAL.test(previousText)) return false;
    return short;
  }
  const gap = previous.y - line.y;
  if (gap > leading * 1.3) return true;
  return short && TERMINAL.test(previousText);
}

/** The usual distance between baselines of body lines: the median of gaps no wider than three lines. */
function lineSpacing(lines: PdfLine[], bodySize: number): number {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const [p, q] = [lines[i - 1], lines[i]];
    if (p.page !== q.page || Math.abs(p.size - bodySize) > 0.5 || Math.abs(q.size - bodySize) > 0.5) continue;
    const gap = p.y - q.y;
    if (gap > 0 && gap < 3 * bodySize) gaps.push(gap);
  }
  if (gaps.length === 0) return bodySize * 1.2;
  gaps.sort((a, b) => a - b);
  // The lower quartile, not the median: in a text of short paragraphs, paragraph gaps can outnumber line gaps.
  return gaps[Math.floor((gaps.length - 1) / 4)];
}

/** Second halves that make a line-end hyphen part of a compound ("capacity-building", "State-led"). */
const COMPOUND_TAILS = new Set(
  'based building led related making term level wide scale specific owned sensitive oriented driven free friendly bound up down only centred centered wise like party state'.split(' '),
);

/** Join a line to the paragraph so far, mending a line-end hyphen the way the document spells the word elsewhere. */
function joinText(sofar: string, next: string, vocabulary: Set<string>): string {
  if (sofar.endsWith('\u00ad')) return sofar.slice(0, -1) + next;
  const head = /(\p{L}+)-$/u.exec(sofar);
  const tail = /^(\p{Ll}+)/u.exec(next);
  if (!head || !tail) return `${sofar} ${next}`;
  const joined = (head[1] + tail[1]).toLowerCase();
  const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase();
  let keep: boolean;
  if (vocabulary.has(joined)) keep = false;
  else if (vocabulary.has(hyphenated)) keep = true;
  else keep = /^\p{Lu}/u.test(head[1]) || COMPOUND_TAILS.has(tail[1]);
  return keep ? sofar + next : sofar.slice(0, -1) + next;
}

/** Lowercased words of the body (hyphenated compounds kept whole), to decide line-end hyphens by the document's own spelling. */
function vocabularyOf(lines: PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // A line's last word may be a broken half; only whole words count as evidence.
    const tokens = lineText(line).split(' ');
    for (const token of tokens.slice(0, -1)) {
      const word = token.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').toLowerCase();
      if (word) words.add(word);
    }
  }
  return words;
}

/**
 * A footnote mark that pdfjs reported on the baseline ends up glued to its word: `security.1` or `States2`. Only numbers
 * that are footnotes of this document are removed, so `G20` or `ICT4D` stay.
 */
function dropGluedMarks(paragraph: string, noteNumbers: Set<string>): string {
  if (noteNumbers.size === 0) return paragraph;
  return paragraph.replace(/(\p{Ll}{2}[.,;:)”’"]?|[.,;:)”’"])(\d{1,3})(?=[\s.,;:)]|$)/gu, (match, before: string, number: string) =>
    noteNumbers.has(number) ? before : match,
  );
}
