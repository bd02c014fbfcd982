import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentMeta, Warning } from '../types.js';
import { RedlineError } from '../errors.js';
import { joinParagraphs } from './join-paragraphs.js';
import { stripLabel } from './segment.js';
import { BARCODE, FOOTNOTE_RULE, JOB_NUMBER as UN_JOB_NUMBER, PAGE_OF_PAGES, PLEASE_RECYCLE, UN_SYMBOL } from './un-furniture.js';
import { ENACTING_FORMULA, MEETING_LINE, readUnFrontPage } from './un-metadata.js';
import { lostLetterWarnings } from './lost-letters.js';
import { mendTextLayerGaps, type MendedGaps } from './text-layer-gaps.js';
import { joinLineEnd, markGluedFootnotes, renderUnBody, withFirstPageNotes, type UnBody } from './un-document.js';
import { normalizeDate } from './dates.js';
import { readUnHead } from './un-head.js';
import { OPERATIVE_VERB, PREAMBULAR_OPENER } from './resolution-structure.js';
import { convertUnText, looksLikeUnExtractedText } from './un-text.js';

/**
 * PDF → paragraphs, rebuilt from positioned text.
 *
 * A PDF has no paragraphs, only glyph runs at coordinates. The stages, each a plain function below:
 *  1. `readPages`: pdfjs text items → lines (items on one baseline; a smaller run just above a line is its superscript).
 *  2. `dropRunningLines`: the outermost lines of each page that repeat on other pages once numbers are masked, when
 *     their numbers are the same on every page or count the pages (the UN symbol `A/78/265`, `2/21`), and lone page
 *     numbers and job numbers (`23-14999`), are furniture, not text; "Article 5" and "Article 6" opening pages are text.
 *  3. `splitFootnotes`: lines in a smaller font below a page's last body-size line are footnotes; they leave the flow so
 *     the paragraph they interrupt joins up across the page break, and are written at the end as `[^1]: …`.
 *  5. UN documents (`isUnDocument`: a symbol and the first-page form) go further, see `unBodyFromPages`: their furniture
 *     (barcode, job number, `2/15`, the running header down to the symbol on every later page) goes by pattern as well as
 *     by recurrence, the first-page form and the closing "45th plenary meeting" become document facts, footnote marks
 *     travel with their paragraphs as `[^1]`, and the gaps pdf.js reads inside words ("Deve lopment") are mended
 *     (`text-layer-gaps.ts`, as in a UN document's extracted text).
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
  /** Lines of the page struck through (a draft printed with its tracked changes shown); absent when not looked for. */
  struck?: number;
  /** Why the page could not be looked at for struck lines (see `readStrikes`); absent when it was, or need not be. */
  unchecked?: StrikesUnchecked;
}

/** Most pages read from one PDF: reading costs ~20 ms a page, so this is about 40 s, and a book, not a policy text. */
export const MAX_PDF_PAGES = 2000;

/**
 * The longest one page's text may take to read. A page of a real policy text takes about 20 ms; a page whose form
 * XObjects draw each other (40 levels, each drawing the next twice: 2^40 drawings in 8 KB) would run for hours, and
 * pdf.js offers no limit of its own, so its text stream is cancelled past this.
 */
export const MAX_PDF_PAGE_MS = 3000;

/** Convert a PDF to paragraph text: running headers and footers removed, lines joined, footnotes at the end. */
export async function convertPdf(bytes: Uint8Array, path: string): Promise<{ text: string; meta: Partial<DocumentMeta>; warnings: Warning[]; blocksAreParagraphs?: boolean }> {
  const { pages, title } = await readPages(bytes, path);
  const warnings: Warning[] = [];
  pages.forEach((page, index) => {
    if (page.lines.length === 0) warnings.push({ code: 'pdf-no-text', message: `page ${index + 1} has no text layer (a scanned image?)`, file: path });
  });
  const struck = pages.flatMap((page, index) => (page.struck ? [index + 1] : []));
  if (struck.length) {
    const lines = pages.reduce((sum, page) => sum + (page.struck ?? 0), 0);
    const where = struck.length === 1 ? `page ${struck[0]}` : `pages ${struck.join(', ')}`;
    warnings.push({
      code: 'pdf-struck-text',
      message: `has text struck through (${lines} ${lines === 1 ? 'line' : 'lines'} on ${where}): a draft printed with its tracked changes shown? It is read as printed, struck and inserted words run together; give the Word file (redline reads its tracked changes) or a PDF without them`,
      file: path,
    });
  }
  const unchecked = strikesUncheckedWarning(pages, path);
  if (unchecked) warnings.push(unchecked);
  if (pages.every((page) => page.lines.length === 0)) {
    throw new RedlineError('empty', 'is a PDF without a text layer (a scanned image?)', 'Run OCR on it (e.g. `ocrmypdf`) or give a text version.', path);
  }
  // A UN document's extracted text printed to PDF (a text export through a word processor): its lines are the text's
  // own, page marks and footnotes included, so it is read as that text is, not by the printed page's layout.
  const printed = printedUnText(pages);
  if (printed !== null) {
    const converted = convertUnText(printed, path);
    return { text: converted.text, meta: converted.meta, warnings: [...warnings, ...converted.warnings], blocksAreParagraphs: true };
  }
  if (isUnDocument(pages)) {
    const body = withFirstPageNotes(unBodyFromPages(pages));
    // The gaps pdf.js reads inside words are on every page of every UN PDF, and their mending is this reader's
    // ordinary work (unlike the rare gap in extracted text, which `un-text.ts` warns of): no warning.
    warnings.push(...lostLetterWarnings(body.paragraphs, path));
    return { text: renderUnBody(body, path), meta: body.meta, warnings, blocksAreParagraphs: true };
  }
  const { paragraphs, footnotes, symbol, headings } = paragraphsFromPages(pages);
  const notes = footnotes.map((note) => `[^${note.number}]: ${note.text}`);
  // A PDF printed from a Word file of a UN text: no furniture, but the first page's form, read as facts (see un-head.ts).
  const un = readUnHead(paragraphs);
  if (un) return { text: joinParagraphs([...un.paragraphs, ...notes], path), meta: un.meta, warnings };
  const meta: Partial<DocumentMeta> = {};
  if (symbol) meta.symbol = symbol;
  if (title && title.split(/\s+/).length >= 3 && !/\.(docx?|pdf)\b/i.test(title) && (!symbol || !title.includes(symbol))) meta.title = title;
  // A labelled heading ("I. Introduction") keeps its label apart as it is: `#` before it would hide the label.
  const marked = paragraphs.map((paragraph, index) => (headings.includes(index) && !/^#/.test(paragraph) && stripLabel(paragraph).number === null ? `# ${paragraph}` : paragraph));
  return { text: joinParagraphs([...marked, ...notes], path), meta, warnings };
}

/** What the pure part of the PDF reader recovers from a document's lines. */
export interface PdfParagraphs {
  /** Body paragraphs in reading order, labels kept at their start. */
  paragraphs: string[];
  /** Footnotes in page order. */
  footnotes: Array<{ number: string; text: string }>;
  /** The document symbol when a running header carries one (`A/78/265`). */
  symbol?: string;
  /** Indices of the paragraphs set larger than the body, not ending a sentence: headings. */
  headings: number[];
}

/** How much larger than the body a heading's type is, at least (body 12 pt: 14 pt and over). */
const LARGER_THAN_BODY = 1.15;

/** Rebuild paragraphs, footnotes and the running symbol from pages of positioned lines. */
export function paragraphsFromPages(pages: PdfPage[]): PdfParagraphs {
  const bodySize = dominantSize(pages);
  const { pages: cleaned, symbol } = dropRunningLines(pages);
  const body: PdfLine[] = [];
  const notes: Array<{ number: string; text: TextBuilder }> = [];
  for (const page of cleaned) {
    const split = splitFootnotes(page, bodySize);
    for (const line of split.body) body.push(line);
    for (const note of split.notes) {
      const last = notes[notes.length - 1];
      // A note without a number at the top of a page's notes continues the previous page's last note.
      if (note.number === null && last) last.text.append(note.text.toString(), NO_VOCABULARY);
      else notes.push({ number: note.number ?? '?', text: note.text });
    }
  }
  const footnotes = notes.map((note) => ({ number: note.number, text: note.text.toString() }));
  const vocabulary = vocabularyOf(body);
  const noteNumbers = new Set(footnotes.map((note) => note.number));
  // A resolution (its enacting formula among the lines): a page that ends a preambular paragraph's comma may end the paragraph.
  const resolution = body.some((line) => ENACTING_FORMULA.test(lineText(line).trim()));
  const sizes: number[] = [];
  const paragraphs = buildParagraphs(body, bodySize, vocabulary, joinText, (line) => lineText(line), false, resolution, sizes).map((paragraph) => dropGluedMarks(paragraph, noteNumbers));
  // A paragraph set larger than the body throughout, without a sentence's end, is a title or a heading (a statement's
  // `<h1>` printed to PDF: seven lines of 18 pt over 12 pt text), whatever its length.
  const headings = paragraphs.flatMap((paragraph, index) => (sizes[index] >= LARGER_THAN_BODY * bodySize && !TERMINAL.test(paragraph.trim()) ? [index] : []));
  return { paragraphs, footnotes, headings, ...(symbol ? { symbol } : {}) };
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
    if (pdf.numPages > MAX_PDF_PAGES) {
      throw new RedlineError('too-many-pages', `is a PDF of ${pdf.numPages.toLocaleString('en-US')} pages, over the ${MAX_PDF_PAGES.toLocaleString('en-US')} redline reads`, 'Split it (e.g. `qpdf --split-pages=1000`) and compare the parts.', path);
    }
    const pages: PdfPage[] = [];
    // Whether the PDF is an official UN document (told by its first page): one carries no revision marks, so its pages
    // are not looked at for strike-through lines; any other PDF may be a draft printed with its tracked changes shown.
    let official = false;
    for (let number = 1; number <= pdf.numPages; number++) {
      let page;
      let lines: PdfLine[];
      let struck: number | undefined;
      let unchecked: StrikesUnchecked | undefined;
      try {
        page = await pdf.getPage(number);
        const started = Date.now();
        lines = toLines(await readPageRuns(page, number, path), number - 1);
        if (number === 1) official = isUnDocument([{ lines, height: 0 }]);
        const strikes = official ? null : await readStrikes(page, pdfjs.OPS, started + MAX_PDF_PAGE_MS);
        if (Array.isArray(strikes)) struck = struckLines(lines, strikes);
        else if (strikes) unchecked = strikes;
      } catch (error) {
        if (error instanceof RedlineError) throw error;
        // A damaged page tree ("Pages tree contains circular reference"), a broken content stream: the file, not redline.
        const reason = (error as Error).message.split('\n')[0].replace(/\.+$/, '');
        throw new RedlineError('bad-pdf', `is not a readable PDF (page ${number}: ${reason})`, 'Download it again; if it is damaged, give a text version.', path);
      }
      pages.push({ lines, height: page.view[3] - page.view[1], ...(struck ? { struck } : {}), ...(unchecked && lines.length > 0 ? { unchecked } : {}) });
      page.cleanup();
    }
    const { info } = await pdf.getMetadata();
    const title = typeof (info as Record<string, unknown>)?.Title === 'string' ? ((info as Record<string, unknown>).Title as string).trim() : undefined;
    return { pages, title: title || undefined };
  } finally {
    await pdf.destroy();
  }
}

type PdfjsPage = Awaited<ReturnType<Awaited<ReturnType<Pdfjs['getDocument']>['promise']>['getPage']>>;

/**
 * A page's upright text runs, read from pdf.js' text stream within `MAX_PDF_PAGE_MS`. pdf.js runs on this thread and
 * hands over text as it goes (through promises, so no timer can fire meanwhile): the clock is read at each chunk, and
 * past the budget the stream is cancelled, which stops pdf.js' work on the page.
 */
async function readPageRuns(page: PdfjsPage, number: number, path: string): Promise<TextRun[]> {
  const started = Date.now();
  const reader = page.streamTextContent().getReader();
  const runs: TextRun[] = [];
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    for (const item of value.items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [a, b, c, d, x, y] = item.transform as number[];
      // Rotated runs are margin notes, barcodes' captions and stamps, not the text flow.
      if (Math.abs(b) > 0.01 || Math.abs(c) > 0.01 || a <= 0) continue;
      runs.push({ text: item.str.replace(/\t/g, ' '), x, y, width: item.width, size: Math.abs(d) || Math.abs(a), sup: false });
    }
    if (Date.now() - started > MAX_PDF_PAGE_MS) {
      await reader.cancel(new Error('over the time budget'));
      throw new RedlineError(
        'bad-pdf',
        `is a PDF whose page ${number} takes more than ${MAX_PDF_PAGE_MS / 1000} s to read (drawings nested in drawings?), over what redline reads`,
        'If it is a real document, give a text version of it.',
        path,
      );
    }
  }
  return runs;
}

/** A horizontal rule drawn on a page, in PDF points: a strike-through, an underline, a table's border. */
interface Strike {
  x1: number;
  x2: number;
  y: number;
}

type PdfjsOps = Pdfjs['OPS'];

/** The private parts of pdf.js' page through which an operator list is read under a time budget (see `readStrikes`). */
interface OperatorListInternals {
  _intentStates?: Map<unknown, { renderTasks?: Set<{ operatorListChanged(): void }> }>;
  _abortOperatorList?: (options: { intentState: unknown; reason: Error; force: boolean }) => void;
}

/**
 * Why a page's drawings were not read for struck lines: `hooks` when the pdf.js in use lacks the private hooks through
 * which an operator list is cancelled (see `readStrikes`), `budget` when reading them took past the page's time budget.
 */
type StrikesUnchecked = 'hooks' | 'budget';

/**
 * The thin horizontal rules a page draws (a word processor draws strike-through and underline as such lines over the
 * text), read from pdf.js' operator list by tracking the transformation matrix through save, restore and transform.
 * pdf.js' public API offers no limit on an operator list (`getOperatorList` takes no signal, and only `render`, which
 * needs a canvas, returns a task that can be cancelled), and builds one for every drawing of a form (forms drawing each
 * other twice, 18 deep, take 30 s where the text takes 0.1 s), so the list is read only where pdf.js lets it be
 * cancelled past `deadline`: through its private per-chunk callback (`_intentStates`, `_abortOperatorList`, pdf.js
 * 5.x). Where those are missing (another pdf.js) the page is not looked at, and where the budget runs out the reading
 * stops: either way the reason comes back, and the PDF's warnings say that its pages could not be checked
 * (`strikesUncheckedWarning`), rather than nothing, which would read as "no struck text".
 */
async function readStrikes(page: PdfjsPage, OPS: PdfjsOps, deadline: number): Promise<Strike[] | StrikesUnchecked> {
  const internals = page as unknown as OperatorListInternals;
  if (!(internals._intentStates instanceof Map) || typeof internals._abortOperatorList !== 'function') return 'hooks';
  const before = new Set(internals._intentStates.values());
  const listed = page.getOperatorList();
  let over!: () => void;
  const cancelled = new Promise<null>((resolve) => {
    over = () => resolve(null);
  });
  const state = [...internals._intentStates.values()].find((candidate) => !before.has(candidate));
  if (!state?.renderTasks) {
    // The list is being built all the same: let it finish (unread) rather than leave a promise rejected unheard.
    listed.catch(() => undefined);
    return 'hooks';
  }
  state.renderTasks.add({
    operatorListChanged() {
      if (Date.now() <= deadline) return;
      internals._abortOperatorList!({ intentState: state, reason: new Error('over the time budget'), force: true });
      over();
    },
  });
  const list = await Promise.race([listed, cancelled]).catch(() => null);
  if (!list) return 'budget';
  const strikes: Strike[] = [];
  let matrix = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[];
    if (fn === OPS.save) saved.push(matrix);
    else if (fn === OPS.restore) matrix = saved.pop() ?? matrix;
    else if (fn === OPS.transform) matrix = multiply(matrix, args as number[]);
    else if (fn === OPS.constructPath) {
      // pdf.js gives each path's bounding box in its own space: [minX, minY, maxX, maxY].
      const box = args[2] as ArrayLike<number> | null | undefined;
      if (!box || box.length < 4) continue;
      const [x1, y1] = apply(matrix, box[0], box[1]);
      const [x2, y2] = apply(matrix, box[2], box[3]);
      if (Math.abs(y2 - y1) < 1.5 && Math.abs(x2 - x1) > 2) strikes.push({ x1: Math.min(x1, x2), x2: Math.max(x1, x2), y: (y1 + y2) / 2 });
    }
  }
  return strikes;
}

/**
 * A warning naming the pages whose drawings could not be looked at for struck-through lines (`readStrikes`), so that no
 * warning of struck text is not read as none being there; null when every page was looked at (or need not be).
 */
function strikesUncheckedWarning(pages: readonly PdfPage[], path: string): Warning | null {
  const unchecked = pages.flatMap((page, index) => (page.unchecked ? [{ page: index + 1, why: page.unchecked }] : []));
  if (unchecked.length === 0) return null;
  const numbers = unchecked.map((entry) => entry.page);
  const where = numbers.length === 1 ? `page ${numbers[0]}` : numbers.length === pages.length ? `any of its ${pages.length} pages` : `pages ${numbers.join(', ')}`;
  const why = unchecked.some((entry) => entry.why === 'hooks')
    ? 'the pdf.js installed lacks the hooks redline reads drawings through within a time budget'
    : "the page's drawings take longer to read than the page's time budget";
  return {
    code: 'pdf-struck-unchecked',
    message: `could not be checked for struck-through text on ${where} (${why}): if it is a draft printed with its tracked changes shown, struck and inserted words are read run together; give the Word file or a PDF without them`,
    file: path,
  };
}

function multiply(m: number[], n: number[]): number[] {
  return [m[0] * n[0] + m[2] * n[1], m[1] * n[0] + m[3] * n[1], m[0] * n[2] + m[2] * n[3], m[1] * n[2] + m[3] * n[3], m[0] * n[4] + m[2] * n[5] + m[4], m[1] * n[4] + m[3] * n[5] + m[5]];
}

function apply(m: number[], x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/**
 * How many of a page's lines a rule crosses at mid-height: a strike-through runs a quarter to a half of the font size
 * above the baseline (an underline below it, a table border between lines), along the text for more than a word's
 * space.
 */
function struckLines(lines: readonly PdfLine[], strikes: readonly Strike[]): number {
  let count = 0;
  for (const line of lines) {
    const crossed = strikes.some((strike) => {
      const height = strike.y - line.y;
      if (height < 0.15 * line.size || height > 0.55 * line.size) return false;
      return line.runs.some((run) => !run.sup && Math.min(strike.x2, run.x + run.width) - Math.max(strike.x1, run.x) > line.size);
    });
    if (crossed) count++;
  }
  return count;
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
  const size = maxOf(below, (run) => run.size);
  const raised = group[0].y - below[0].y;
  const left = -maxOf(below, (run) => -run.x);
  const right = maxOf(below, (run) => run.x + run.width);
  return (
    group.every((run) => run.size <= 0.8 * size && /^\S{1,4}$/.test(run.text.trim())) &&
    raised > 0 &&
    raised < 0.6 * size &&
    // A note's number is set right-aligned before its text: two digits start further left than one.
    group.every((run) => run.x >= left - 2 * size && run.x <= right + size)
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
    right: maxOf(runs, (run) => run.x + run.width),
    size: maxOf(sized, (run) => run.size),
    page,
  };
}

/** The largest value over some runs: a loop, since `Math.max(...values)` overflows the stack on a line of 200,000 runs. */
function maxOf(runs: readonly TextRun[], value: (run: TextRun) => number): number {
  let max = -Infinity;
  for (const run of runs) max = Math.max(max, value(run));
  return max;
}

/**
 * A line's text; superscripts dropped, or kept (`keepSup`: a footnote's own number is a superscript too), or written as
 * footnote marks `[^1]` (`'mark'`, UN documents: the mark then travels with its paragraph to the note).
 */
function lineText(line: PdfLine, keepSup: boolean | 'mark' = false): string {
  let out = '';
  let previous: TextRun | undefined;
  for (const run of line.runs) {
    if (run.sup && keepSup === 'mark' && /^(\d{1,3}|\*{1,3})$/.test(run.text.trim())) {
      out += `[^${run.text.trim()}]`;
      previous = run;
      continue;
    }
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
  // Masking numbers makes `2/21` and `3/21` one key; whether the numbers that differ count the pages is checked after.
  const key = (line: PdfLine): string => lineText(line).replace(/\d+/g, '#');
  const numbersOf = (line: PdfLine): number[] => (lineText(line).match(/\d+/g) ?? []).map(Number);
  const occurrences = new Map<string, Array<{ page: number; numbers: number[] }>>();
  pages.forEach((page, index) => {
    const seen = new Set<string>();
    for (const line of edgeLines(page)) {
      const k = key(line);
      if (seen.has(k)) continue;
      seen.add(k);
      const list = occurrences.get(k) ?? [];
      list.push({ page: index + 1, numbers: numbersOf(line) });
      occurrences.set(k, list);
    }
  });
  const minRepeats = Math.max(2, Math.ceil(pages.length * 0.3));
  const running = new Set([...occurrences].filter(([, seen]) => seen.length >= minRepeats && countsPages(seen)).map(([k]) => k));
  let symbol: string | undefined;
  const cleaned = pages.map((page) => {
    const furniture = new Set(
      edgeLines(page).filter((line) => {
        if (pages.length > 1 && running.has(key(line))) return true;
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

/**
 * Whether a line repeated at the edge of several pages, its numbers aside, is running furniture: each of its numbers is
 * the same on every page (a symbol `A/78/265`, a year), or counts the pages (`2/21`, `- 3 -`), printed no higher than the
 * page's place in the file (a cover or contents may go unnumbered). Body text that repeats but for its numbers counts
 * otherwise: "Article 5", "Article 6" opening pages 1 and 2, or lines 41 and 81 of a listing opening pages 2 and 3.
 */
function countsPages(seen: Array<{ page: number; numbers: number[] }>): boolean {
  const positions = seen[0].numbers.length;
  if (seen.some((occurrence) => occurrence.numbers.length !== positions)) return false;
  for (let at = 0; at < positions; at++) {
    const values = seen.map((occurrence) => occurrence.numbers[at]);
    if (values.every((value) => value === values[0])) continue;
    const offset = values[0] - seen[0].page;
    if (offset > 0 || seen.some((occurrence, index) => values[index] - occurrence.page !== offset)) return false;
  }
  return true;
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

function splitFootnotes(page: PdfPage, bodySize: number): { body: PdfLine[]; notes: Array<{ number: string | null; text: TextBuilder }> } {
  const isBody = (line: PdfLine): boolean => line.size >= 0.9 * bodySize;
  let lastBody = -1;
  page.lines.forEach((line, index) => {
    if (isBody(line)) lastBody = index;
  });
  const body = page.lines.slice(0, lastBody + 1);
  const notes: Array<{ number: string | null; text: TextBuilder }> = [];
  for (const line of page.lines.slice(lastBody + 1)) {
    const text = lineText(line, true);
    const start = NOTE_START.exec(text);
    // A line that opens with a number starts a note when the number is raised or the next one of the page's notes: a
    // note that wraps at "9–" goes on with "20 July 2001" on its next line.
    const previous = notes[notes.length - 1]?.number;
    const next = start === null || !/^\d+$/.test(start[1]) || previous == null || !/^\d+$/.test(previous) || Number(start[1]) === Number(previous) + 1;
    if (start && (line.runs[0].sup || next)) notes.push({ number: start[1], text: new TextBuilder(start[2]) });
    else if (notes.length) notes[notes.length - 1].text.append(text, NO_VOCABULARY);
    else notes.push({ number: null, text: new TextBuilder(text) });
  }
  return { body, notes };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. lines → paragraphs

const TERMINAL = /[.!?;:…]["'”’)\]]*$/;
/** Words after which the next line cannot start a new numbered paragraph: "see paragraph" / "12. …" is a reference. */
const REFERRING = /\b(para\.|paras\.|paragraphs?|resolutions?|articles?|rules?|sections?|of|and|in|to|see)$/i;

function buildParagraphs(
  lines: PdfLine[],
  bodySize: number,
  vocabulary: Set<string>,
  join: LineJoin = joinText,
  textOf: (line: PdfLine) => string = (line) => lineText(line),
  indented = false,
  resolution = false,
  sizes?: number[],
): string[] {
  const leading = lineSpacing(lines, bodySize);
  // Each page's left margin: even and odd pages of a UN document are set with mirrored margins.
  const pageLeft = new Map<number, number>();
  for (const line of lines) pageLeft.set(line.page, Math.min(pageLeft.get(line.page) ?? Infinity, line.x));
  // The text block's edges over the whole document: a page with one short line has no right margin of its own.
  const column = { left: Infinity, right: -Infinity };
  for (const line of lines) [column.left, column.right] = [Math.min(column.left, line.x), Math.max(column.right, line.right)];
  const paragraphs: string[] = [];
  let current: TextBuilder | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const text = textOf(line);
    if (text === '') continue;
    const previous = lines[i - 1];
    // UN paragraphs open with an indented first line (labels too) and go on at the margin: across a page break, where
    // no gap can be measured and a preambular paragraph ends in a comma, the indent tells.
    const crossPage = indented && previous !== undefined && previous.page !== line.page && !/^\p{Ll}/u.test(text);
    const opens = crossPage ? line.x > (pageLeft.get(line.page) ?? line.x) + 0.8 * bodySize : false;
    // A gap is judged against the line's own leading: a title set larger than the body has wider baselines, and each of
    // its lines opened a paragraph (trial 15a: a statement's seven-line title read as seven paragraphs). Smaller text
    // keeps the body's leading.
    const ownLeading = leading * Math.max(1, Math.min(previous?.size ?? bodySize, line.size) / bodySize);
    if (current === null || !previous || (crossPage ? opens : startsParagraph(previous, line, text, ownLeading, column, resolution))) {
      if (current) paragraphs.push(current.toString());
      current = new TextBuilder(text, join);
      sizes?.push(line.size);
    } else {
      current.append(text, vocabulary);
      if (sizes) sizes[sizes.length - 1] = Math.min(sizes[sizes.length - 1], line.size);
    }
  }
  if (current) paragraphs.push(current.toString());
  return paragraphs;
}

function startsParagraph(previous: PdfLine, line: PdfLine, text: string, leading: number, column: { left: number; right: number }, resolution: boolean): boolean {
  const previousText = lineText(previous);
  if (stripLabel(text).number !== null && !REFERRING.test(previousText)) return true;
  if (Math.abs(line.size - previous.size) > 0.1 * previous.size) return true;
  const short = previous.right < column.right - 0.2 * (column.right - column.left);
  if (line.page !== previous.page) {
    // No gap to measure across a page break: the sentence and the line length decide.
    if (/^\p{Ll}/u.test(text)) return false;
    // A resolution's preambular paragraph ends in a comma: a page that ends on one, before a page that opens on a
    // paragraph's first words (a participle, an operative verb), ends the paragraph, as in the UN-text reader (a PDF
    // printed from Word: "…of the Treaty," / "Recalling further the Final Declaration…", A/RES/80/70 PP 10 and PP 11).
    if (resolution && /,["'”’)]*$/.test(previousText.replace(/(?<=[,;:.)”’])\s?\d{1,3}$/, '')) && (PREAMBULAR_OPENER.test(text) || OPERATIVE_VERB.test(text))) return true;
    if (!TERMINAL.test(previousText)) return false;
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

/**
 * Second halves that make a line-end hyphen part of a compound ("capacity-building", "State-led",
 * "information-sharing"): the words that end two or more different hyphenated compounds in the UN resolutions of
 * ../shared/data (texts/, the held-out series aside: "burden-sharing", "data-sharing", "benefit-sharing" …), ordinals
 * ("seventy-ninth") and function words left out, and "use" and "rating" too, which end ordinary words as often
 * ("mis-use", "sepa-rating"); with the few the reader had before ("wise", "like", "party").
 */
const COMPOUND_TAILS = new Set(
  'affiliated based bound building care centered centred centric cost derived down driven education emission focused free friendly growing inclusive income induced led level like looking making oriented owned party range reach related responsive risk saving scale sensitive setting sharing source specific state supported term track up urban wide wise year'.split(
    ' ',
  ),
);

const NO_VOCABULARY: ReadonlySet<string> = new Set();
/** Enough of a paragraph's end to find the word a line-end hyphen breaks: no word is this long. */
const TAIL_CHARS = 128;

/** How one more line joins a paragraph's text so far: the default mends line-end hyphens; UN documents have their own. */
type LineJoin = (sofar: string, next: string, vocabulary: ReadonlySet<string>) => string;

/**
 * A paragraph being joined line by line. A join only looks at the end of the text so far (the word a line-end hyphen
 * breaks), so only the last characters stay open to it and the rest is set aside: testing the whole text so far (a
 * regex anchored at `$` is still tried from every position) or cutting its last character made joining quadratic in a
 * paragraph's length (a 100-page PDF of one paragraph took 25 s).
 */
class TextBuilder {
  private readonly done: string[] = [];
  private open: string;

  constructor(
    first: string,
    private readonly join: LineJoin = joinText,
  ) {
    this.open = first;
  }

  append(next: string, vocabulary: ReadonlySet<string>): void {
    const joined = this.join(this.open, next, vocabulary);
    if (joined.length > 2 * TAIL_CHARS) {
      this.done.push(joined.slice(0, -TAIL_CHARS));
      this.open = joined.slice(-TAIL_CHARS);
    } else this.open = joined;
  }

  toString(): string {
    return this.done.join('') + this.open;
  }
}

/** The default line join: a space, or glued where a line-end hyphen breaks a word (dropping the hyphen or not). */
function joinText(sofar: string, next: string, vocabulary: ReadonlySet<string>): string {
  const glue = joinGlue(sofar, next, vocabulary);
  return (glue.dropLast ? sofar.slice(0, -1) : sofar) + (glue.space ? ' ' : '') + next;
}

/**
 * How a line joins the text before it (given that text's end): with a space, or glued, dropping a final hyphen or not.
 * A line that ends in a hyphen after a letter:
 *  - before a capital or a figure, the hyphen is a compound's own and stays, with no space ("Nuclear-Test-" / "Ban
 *    Treaty" → "Nuclear-Test-Ban", "COVID-" / "19"): no word is broken before a capital;
 *  - before a lower-case word, the hyphenated compound is read when it is attested: the document spells it so
 *    elsewhere, or the document does not spell the word closed and both halves are a compound's parts (a first half
 *    of three letters or more, a second half that ends compounds in UN usage, `COMPOUND_TAILS`: "information-" /
 *    "sharing" → "information-sharing"); else the hyphen was the typesetter's and the word is closed ("infor-" /
 *    "mation" → "information").
 */
function joinGlue(sofar: string, next: string, vocabulary: ReadonlySet<string>): { dropLast: boolean; space: boolean } {
  if (sofar.endsWith('\u00ad')) return { dropLast: true, space: false };
  const head = /(\p{L}+)-$/u.exec(sofar);
  if (head && /^[\p{Lu}\d]/u.test(next)) return { dropLast: false, space: false };
  const tail = /^(\p{Ll}+)/u.exec(next);
  if (!head || !tail) return { dropLast: false, space: true };
  const joined = (head[1] + tail[1]).toLowerCase();
  const hyphenated = `${head[1]}-${tail[1]}`.toLowerCase();
  let keep: boolean;
  if (vocabulary.has(hyphenated)) keep = true;
  else if (vocabulary.has(joined)) keep = false;
  // A syllable before a compound's second half ("ar-" / "range") is no compound's first part.
  else keep = head[1].length >= 3 && COMPOUND_TAILS.has(tail[1]);
  return { dropLast: !keep, space: false };
}

/** Lowercased words of the body (hyphenated compounds kept whole), to decide line-end hyphens by the document's own spelling. */
function vocabularyOf(lines: PdfLine[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) {
    // A line's last word may be a broken half; only whole words count as evidence.
    const tokens = lineText(line).split(' ');
    for (const token of tokens.slice(0, -1)) {
      const word = trimToLetters(token).toLowerCase();
      if (word) words.add(word);
    }
  }
  return words;
}

const LETTER = /^\p{L}$/u;

/** A token without the non-letters at its ends ("(ICTs)," → "ICTs"), one code point at a time: /[^\p{L}]+$/ is quadratic on a long run. */
function trimToLetters(token: string): string {
  const chars = Array.from(token);
  let start = 0;
  let end = chars.length;
  while (start < end && !LETTER.test(chars[start])) start++;
  while (end > start && !LETTER.test(chars[end - 1])) end--;
  return start === 0 && end === chars.length ? token : chars.slice(start, end).join('');
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

// ---------------------------------------------------------------------------------------------------------------
// 5. UN documents

/**
 * The text of a PDF that is a UN document's extracted text printed as it was (`soffice --convert-to pdf X.txt`), or
 * null. Such a PDF has one type size throughout (a printed UN page sets its footnotes smaller) and the text's own page
 * marks standing inside its pages (`2/5` between two paragraphs, where a printed UN page has it at the top). Its lines
 * are given back as text: a vertical gap of a blank line or more as a blank line (holding a space, as extraction writes
 * blank lines inside a page), and an empty line before each of the text's running headers, as extraction writes page
 * breaks; a line the word processor wrapped is just one line more of its paragraph.
 */
function printedUnText(pages: PdfPage[]): string | null {
  const lines = pages.flatMap((page) => page.lines);
  if (lines.length === 0) return null;
  const bodySize = dominantSize(pages);
  const sameSize = lines.filter((line) => Math.abs(line.size - bodySize) <= 0.05 * bodySize).length;
  if (sameSize < 0.98 * lines.length) return null;
  const innerPageMark = pages.some((page) =>
    page.lines.some((line) => line.y < page.height * (1 - EDGE_ZONE) && line.y > page.height * EDGE_ZONE && PAGE_OF_PAGES.test(lineText(line, true))),
  );
  if (!innerPageMark) return null;
  const out: string[] = [];
  for (const page of pages) {
    page.lines.forEach((line, index) => {
      const previous = page.lines[index - 1];
      if (previous && previous.y - line.y > BLANK_LINE_GAP * Math.max(line.size, previous.size)) out.push(' ');
      out.push(lineText(line, true));
    });
  }
  // The running header block before each page mark: its symbol, job number and blank lines, back from the mark, and
  // the short title printed right beside the symbol (`A/RES/80/46` over `The Arms Trade Treaty`, or under it).
  const pageBreaks = new Set<number>();
  const isSymbol = (at: number): boolean => at >= 0 && at < out.length && UN_SYMBOL.test(out[at]);
  const isTitle = (line: string): boolean => line.trim() !== '' && line.length < 70 && !/[.;:,]$/.test(line);
  out.forEach((line, index) => {
    if (!PAGE_OF_PAGES.test(line)) return;
    let start = index;
    let titles = 0;
    for (; start > 0; start--) {
      const before = out[start - 1];
      if (before.trim() === '' || UN_SYMBOL.test(before) || UN_JOB_NUMBER.test(before)) continue;
      if (titles < 3 && isTitle(before) && (isSymbol(start) || isSymbol(start - 2))) {
        titles++;
        continue;
      }
      break;
    }
    while (start < index && out[start].trim() === '') start++;
    pageBreaks.add(start);
  });
  const text = out.flatMap((line, index) => (pageBreaks.has(index) ? ['', line] : [line])).join('\n');
  return looksLikeUnExtractedText(text) ? text : null;
}

/** A UN document: its first lines show a document symbol, and its first page the form's distribution line, job number or barcode. */
function isUnDocument(pages: PdfPage[]): boolean {
  const first = (pages[0]?.lines ?? []).flatMap((line) => cells(line));
  return first.slice(0, 12).some((cell) => UN_SYMBOL.test(cell)) && first.some((cell) => /^Distr\.?:/.test(cell) || UN_JOB_NUMBER.test(cell) || BARCODE.test(cell));
}

/** Baselines further apart than this many font sizes (PDF y grows upwards) have a blank line between them (body text runs at about 1.2). */
const BLANK_LINE_GAP = 1.8;

/** Rebuild a UN document: furniture out, first-page form and closing lines read as facts, footnotes attached by mark. */
export function unBodyFromPages(pages: PdfPage[]): UnBody & { gaps: MendedGaps } {
  const bodySize = dominantSize(pages);
  // By pattern only: the UN's furniture is known on every page, first and even/odd alike, while recurrence would take
  // footnotes that differ only in digits ("A/74/821." and "A/75/982." at the foot of two pages) for a running footer.
  const symbol = (pages[0]?.lines ?? []).flatMap((line) => cells(line)).find((cell) => UN_SYMBOL.test(cell));
  const cleaned = pages.map((page, index) => dropUnFurniture(page, index, symbol));
  const body: PdfLine[] = [];
  const footnotes: Array<{ mark: string; text: string }> = [];
  for (const page of cleaned) {
    const split = splitFootnotes(page, bodySize);
    body.push(...split.body);
    for (const note of split.notes) {
      const last = footnotes[footnotes.length - 1];
      if (note.number === null && last) last.text = joinLineEnd(last.text, note.text.toString(), new Set());
      else footnotes.push({ mark: note.number ?? '?', text: note.text.toString() });
    }
  }
  // The first page's form, up to the enacting formula: one printed cell per line ("General Assembly" and "Distr.: General" share a baseline).
  const formula = body.findIndex((line) => line.page === 0 && ENACTING_FORMULA.test(lineText(line)));
  // A gap of a blank line or more between two lines is given as an empty line: it ends the agenda item's title, so a
  // sponsor list of several lines under it is read whole (as from extracted text).
  const formLines = body.slice(0, Math.max(formula, 0));
  const front = readUnFrontPage(formLines.flatMap((line, index) => {
    const previous = formLines[index - 1];
    const blank = previous !== undefined && previous.page === line.page && previous.y - line.y > BLANK_LINE_GAP * Math.max(line.size, previous.size);
    return blank ? ['', ...cells(line)] : cells(line);
  }));
  const meta: Partial<UnBody['meta']> = { ...front.meta };
  // A report without the resolution form still carries its symbol at the top of its pages.
  if (!meta.symbol && symbol) meta.symbol = symbol.replace(/\*$/, '');
  let lines = formula > 0 ? body.slice(formula) : body;
  // The closing "45th plenary meeting" and the date under it.
  const meeting = lines.findIndex((line) => MEETING_LINE.test(lineText(line)));
  if (meeting >= 0) {
    meta.meeting = lineText(lines[meeting]);
    const date = lines[meeting + 1] ? normalizeDate(lineText(lines[meeting + 1])) : null;
    if (date && meta.status?.stage === 'adopted' && !meta.status.on) meta.status = { ...meta.status, on: date };
    lines = lines.filter((_, index) => index !== meeting && !(date && index === meeting + 1));
  }
  // The date a resolution is cited by: its adoption, when the text states it; else the date it was issued.
  const dated = meta.status?.stage === 'adopted' && meta.status.on ? meta.status.on : meta.issued;
  if (dated) meta.date = dated;
  const vocabulary = vocabularyOf(lines);
  const marks = new Set(footnotes.map((note) => note.mark));
  const built = buildParagraphs(lines, bodySize, vocabulary, joinLineEnd, (line) => lineText(line, 'mark'), true)
    // A raised run that is no note's mark (an ordinal's "th", a stray digit) goes back into the text.
    .map((paragraph) => paragraph.replace(/\[\^([^\]\s]+)\]/g, (mark: string, name: string) => (marks.has(name) ? mark : name)));
  const gaps = mendTextLayerGaps(built, footnotes.map((note) => note.text), 'pdfjs');
  const paragraphs = markGluedFootnotes(gaps.paragraphs, [...marks]);
  return { paragraphs, footnotes: footnotes.map((note, index) => ({ ...note, text: gaps.notes[index] })), meta, gaps };
}

/**
 * UN furniture by pattern. On every page: barcodes, job numbers, "Please recycle", footnote rules, and at the page's
 * edges a line of page number, job number and symbol cells. On later pages also the running header: the lines at the
 * top down to the one carrying the symbol (the title may wrap over three lines on odd pages, beside the symbol; on even
 * pages the symbol comes first, the title beside it).
 */
function dropUnFurniture(page: PdfPage, index: number, symbol: string | undefined): PdfPage {
  const top = page.height * (1 - EDGE_ZONE);
  const bottom = page.height * EDGE_ZONE;
  let header = -1;
  if (index > 0) {
    page.lines.forEach((line, at) => {
      if (line.y >= top && cells(line).some((cell) => cell === symbol)) header = at;
    });
  }
  const anywhere = (cell: string): boolean => BARCODE.test(cell) || UN_JOB_NUMBER.test(cell) || PLEASE_RECYCLE.test(cell) || FOOTNOTE_RULE.test(cell);
  // Only the document's own symbol: a footnote at the foot of a page may be just another document's symbol.
  const atEdge = (cell: string): boolean => anywhere(cell) || PAGE_OF_PAGES.test(cell) || cell === symbol || /^\d{1,3}$/.test(cell);
  const lines = page.lines.filter((line, at) => {
    if (at <= header) return false;
    const parts = cells(line);
    if (parts.every(anywhere)) return false;
    return !((line.y >= top || line.y <= bottom) && parts.every(atEdge));
  });
  return { ...page, lines };
}

