import type { ConvertedText, DocumentMeta, Footnote } from '../types.js';
import { splitFrontMatter } from './front-matter.js';
import { BARCODE, FOOTNOTE_RULE, JOB_NUMBER, PAGE_OF_PAGES, UN_SYMBOL, isFurnitureLine } from './un-furniture.js';
import { readUnFrontPage } from './un-metadata.js';
import { lostLetterWarnings } from './lost-letters.js';
import { mendTextLayerGaps, textLayerGapsWarning } from './text-layer-gaps.js';
import { joinLineEnd, markGluedFootnotes, renderUnBody, takeClosingLines, vocabularyOfLines, withFirstPageNotes } from './un-document.js';
import { OPERATIVE_VERB, PREAMBULAR_OPENER } from './resolution-structure.js';

/**
 * Text that a PDF library extracted from a UN document (a copy-paste, `pdftotext`, PyMuPDF), read as the document it is.
 *
 * Such text keeps everything the page had: the first-page form (symbol, `Distr.: General`, job number, barcode),
 * a running header at the top of every later page (symbol, short title, job number, `2/15`), the footnotes under a rule
 * of underscores at each page's foot, labels on a line of their own (`1.` then `Takes note…`), marks glued to words
 * (`jurisdiction,1`), hard-wrapped lines and a paragraph cut by every page break. The stages:
 *  1. `looksLikeUnExtractedText`: only text with a UN first page (a symbol line near the top with a distribution line,
 *     a job number or a barcode) is read this way; any other text goes to the ordinary segmenter unchanged.
 *  2. `splitPages`: page breaks are where the running header stands — the block that ends at a `n/N` page number (N the
 *     same throughout); a form feed or an empty line (no spaces) just before it, as PyMuPDF writes between pages, marks
 *     where it begins.
 *  3. per page: furniture lines go, the footnote area under the rule is read into notes (numbered in sequence).
 *  4. the first page's form becomes document facts (`un-metadata.ts`), the closing "45th plenary meeting" too.
 *  5. blank-line blocks are paragraphs; a block continues across a page break when the page ended mid-sentence, the
 *     next page starts in lowercase, or, after a comma, it does not open a paragraph (a symbol, a figure); a lone label line
 *     joins its text. Inside a block (a page-break join, or an
 *     extractor that writes no blank line between paragraphs, as `pdftotext` does), a line that ends a paragraph (a
 *     comma for a preambular one, a semicolon or full stop for an operative one, a footnote mark after it) followed
 *     by a line that opens one (a preambular participle, an operative verb, a number) is a boundary.
 *  6. the gaps the text layer put inside a word ("radiatio n") or around a range's dash ("2024– 2034") are mended as the
 *     PDF reader mends them, narrowly (`text-layer-gaps.ts`), and counted in a warning.
 */

/** Whether a text is a UN document's extracted text: a symbol line near the top, and a distribution line, job number or barcode. */
export function looksLikeUnExtractedText(text: string): boolean {
  const head = unfoldRawLines(text.split('\n', 60))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, 16);
  const symbol = head.some((line) => UN_SYMBOL.test(line));
  const form = head.some((line) => /^Distr\.?:\s*\S/.test(line) || JOB_NUMBER.test(line) || BARCODE.test(line));
  return symbol && form;
}

/**
 * A text that may open with YAML front matter: its body read as a UN document when it is one (else null). The front
 * matter is kept at the top of the converted text, so `series`, `previous` and every other field a user wrote reach the
 * document, and what it states (id, title, date, symbol…) wins over what the first page says.
 */
export function convertUnTextKeepingFrontMatter(text: string, path: string): ConvertedText | null {
  const { data, body, bodyOffset } = splitFrontMatter(text, path);
  if (!looksLikeUnExtractedText(body)) return null;
  const converted = convertUnText(body, path);
  if (bodyOffset === 0) return converted;
  const meta: Partial<DocumentMeta> = { ...converted.meta };
  for (const key of ['title', 'date', 'place', 'issuer', 'source', 'symbol'] as const) if (data[key] !== undefined && data[key] !== null) delete meta[key];
  if (data.id !== undefined && data.id !== null) meta.id = String(data.id);
  return { ...converted, text: text.slice(0, bodyOffset) + converted.text, meta };
}

/** Read a UN document's extracted text into converter text (paragraphs, footnotes as `[^n]`) and its facts. */
export function convertUnText(text: string, path: string): ConvertedText {
  const lines = unfoldRawLines(text.replace(/\r\n?/g, '\n').split('\n'));
  const pages = splitPages(lines);
  const footnotes: Footnote[] = [];
  const bodies: string[][] = [];
  for (const page of pages) {
    // The footnote rule is furniture too, but it is where the notes start: it goes last.
    const kept = page.filter((line) => FOOTNOTE_RULE.test(line.trim()) || !isFurnitureLine(line));
    const { body, notes } = splitFootnoteArea(kept, footnotes);
    footnotes.push(...notes);
    bodies.push(body);
  }
  // The first page's form: its non-blank lines up to the enacting formula.
  const first = bodies[0] ?? [];
  // With its blank lines: they tell the agenda item's title from a sponsor list printed under it.
  const front = readUnFrontPage(first.map((line) => line.trim()));
  const cut = Math.min(front.bodyStart, first.length);
  bodies[0] = first.slice(cut);
  const closing = takeClosingLines(bodies.flatMap((body, index) => (index === 0 ? body : ['\f', ...body])));
  const vocabulary = vocabularyOfLines(closing.lines);
  // The gaps the text layer put inside words and ranges, mended as the PDF reader mends them (`text-layer-gaps.ts`).
  const gaps = mendTextLayerGaps(paragraphsOf(closing.lines, vocabulary), footnotes.map((note) => note.text), 'extracted');
  const paragraphs = markGluedFootnotes(gaps.paragraphs, footnotes.map((note) => note.mark));
  const notes = footnotes.map((note, index) => ({ ...note, text: gaps.notes[index] }));
  const body = withFirstPageNotes({ paragraphs, footnotes: notes, meta: withClosingFacts(front.meta, closing) });
  const gapsWarning = textLayerGapsWarning(gaps, path);
  const warnings = [...(gapsWarning ? [gapsWarning] : []), ...lostLetterWarnings(paragraphs, path)];
  return { text: renderUnBody(body, path), meta: body.meta, warnings, format: 'text', blocksAreParagraphs: true };
}

/** A first page's facts with those of the closing lines ("45th plenary meeting" and its date), and the date the document is cited by. */
export function withClosingFacts(front: Partial<DocumentMeta>, closing: { meeting?: string; date?: string }): Partial<DocumentMeta> {
  const meta = { ...front };
  if (closing.meeting) meta.meeting = closing.meeting;
  if (closing.date && meta.status?.stage === 'adopted' && !meta.status.on) meta.status = { ...meta.status, on: closing.date };
  // The date a resolution is cited by: its adoption, when the text states it; else the date it was issued.
  const dated = meta.status?.stage === 'adopted' && meta.status.on ? meta.status.on : meta.issued;
  if (dated) meta.date = dated;
  return meta;
}

/**
 * `pdftotext -raw` writes what sits side by side on a page on one line: "United Nations A/RES/78/22", "General Assembly
 * Distr.: General", a running header's last title line with the symbol ("… international security A/RES/78/16").
 * Those lines are cut in two, as other extractors write them: the document's own symbol at a line's end (the first
 * symbol standing alone or after "United Nations" near the top), and the distribution after the organ's name.
 */
function unfoldRawLines(lines: string[]): string[] {
  const symbol = lines
    .slice(0, 12)
    .map((line) => line.trim().replace(/^\f/, '').replace(/^United Nations\s+/, ''))
    .find((line) => UN_SYMBOL.test(line));
  if (!symbol) return lines;
  const out: string[] = [];
  for (const line of lines) {
    const trimmed = line.trimEnd();
    const distribution = /^(\f?(?:General Assembly|Security Council|Economic and Social Council))\s+(Distr\.?:.*)$/.exec(trimmed);
    if (distribution) {
      out.push(distribution[1], distribution[2]);
      continue;
    }
    if (trimmed.endsWith(` ${symbol}`) && trimmed.length > symbol.length + 1) {
      out.push(trimmed.slice(0, trimmed.length - symbol.length - 1), symbol);
      continue;
    }
    out.push(line);
  }
  return out;
}

/** Cut the lines into pages at the running headers; the header blocks themselves are dropped. */
function splitPages(lines: string[]): string[][] {
  const pageNumbers: number[] = [];
  const totals = new Map<string, number>();
  lines.forEach((line, index) => {
    const match = PAGE_OF_PAGES.exec(line.trim());
    if (match && +match[1] <= +match[2]) {
      pageNumbers.push(index);
      totals.set(match[2], (totals.get(match[2]) ?? 0) + 1);
    }
  });
  // The page count is the denominator most page numbers share; other "n/N" lines are text ("77/111" alone on a line).
  let total = '';
  for (const [value, count] of totals) if (count > (totals.get(total) ?? 0)) total = value;
  const breaks = pageNumbers.filter((index) => PAGE_OF_PAGES.exec(lines[index].trim())![2] === total);
  const pages: string[][] = [];
  let from = 0;
  for (const at of breaks) {
    const start = headerStart(lines, at, from);
    let end = at + 1;
    // The job number and the symbol may follow the page number in the same header.
    while (end < lines.length && (lines[end].trim() === '' || JOB_NUMBER.test(lines[end].trim()) || UN_SYMBOL.test(lines[end].trim()))) end++;
    pages.push(lines.slice(from, start));
    from = end;
  }
  pages.push(lines.slice(from));
  return pages;
}

/**
 * Where the header block that ends at a page number begins: after the page-break mark (a form feed or a line with no
 * characters at all, which extraction writes between pages while blank lines inside a page hold a space) when there is
 * one within a few lines; else walking back over the symbol, the job number and at most three short title lines.
 */
function headerStart(lines: string[], at: number, floor: number): number {
  for (let i = at - 1; i >= Math.max(floor, at - 9); i--) {
    if (lines[i] === '' || lines[i] === '\f' || lines[i].includes('\f')) return i;
  }
  let i = at - 1;
  let titleLines = 0;
  while (i >= floor) {
    const text = lines[i].trim();
    if (text === '' || UN_SYMBOL.test(text) || JOB_NUMBER.test(text)) i--;
    else if (titleLines < 3 && text.length < 70 && !/[.;:,]$/.test(text)) {
      titleLines++;
      i--;
    } else break;
  }
  return i + 1;
}

/** The footnote area of a page: from a rule of underscores to the page's end; notes are numbered in sequence. */
function splitFootnoteArea(page: string[], before: readonly Footnote[]): { body: string[]; notes: Footnote[] } {
  const rule = page.findIndex((line) => FOOTNOTE_RULE.test(line.trim()));
  if (rule < 0) return { body: page, notes: [] };
  const notes: Footnote[] = [];
  const last = (): Footnote | undefined => notes[notes.length - 1] ?? before[before.length - 1];
  const expected = (): string => {
    const previous = last();
    return previous && /^\d+$/.test(previous.mark) ? String(+previous.mark + 1) : '1';
  };
  let continuing: Footnote | undefined = before[before.length - 1];
  const area = page.slice(rule + 1);
  for (let i = 0; i < area.length; i++) {
    let text = area[i].trim();
    if (text === '') continue;
    // A mark alone on its line, its note on the next (`pdftotext -raw`): one note.
    if (text === expected() && i + 1 < area.length && area[i + 1].trim() !== '') text = `${text} ${area[++i].trim()}`;
    const match = /^(\d{1,3}|\*{1,3}|[†‡§])\s+(\S.*)$/.exec(text);
    if (match && (match[1] === expected() || !/^\d/.test(match[1]))) {
      const note = { mark: match[1], text: match[2].replace(/\s+/g, ' ') };
      notes.push(note);
      continuing = note;
    } else if (continuing) {
      // A note's next line, or the rest of the previous page's last note.
      continuing.text = joinLineEnd(continuing.text, text.replace(/\s+/g, ' '), new Set());
    }
  }
  return { body: page.slice(0, rule), notes };
}

const TERMINAL = /[.;:!?]["'”’)\]]*$/;
const LABEL_ONLY = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|[A-Z]\.|[IVXLC]{1,6}\.)$/;
const LABELLED = /^(?:\d{1,3}\.|\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,3})\)|[A-Z]\.|[IVXLC]{1,6}\.)\s/;

/** Blank-line blocks → paragraphs; `\f` marks a page break, across which a block may continue. */
function paragraphsOf(lines: string[], vocabulary: ReadonlySet<string>): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let afterBreak = false;
  let openBlock = false;
  const flush = (): void => {
    if (current.trim()) paragraphs.push(current.trim());
    current = '';
  };
  for (const raw of lines) {
    if (raw === '\f') {
      afterBreak = true;
      openBlock = false;
      continue;
    }
    // The doubled space after a number standing alone is kept: it is how the extraction pads a raised footnote mark
    // ("12 December 2003, 26  States"), a clue `markGluedFootnotes` reads and then removes.
    const text = raw.trim().replace(/(?<=(?:^|\s)\d{1,3}) {2,}(?=\S)/g, '\u0001').replace(/\s+/g, ' ').replace(/\u0001/g, '  ');
    if (text === '') {
      openBlock = false;
      continue;
    }
    if (!openBlock) {
      // A new block: after a page break it may be the rest of the paragraph the page cut.
      const continues = afterBreak && current !== '' && continuesAcrossPage(current, text);
      if (!continues) flush();
      openBlock = true;
      afterBreak = false;
      current = current === '' ? text : joinLineEnd(current, text, vocabulary);
      continue;
    }
    afterBreak = false;
    // Inside a block: a label on its own line joins its text; a label starting a line starts a paragraph, and so does
    // a line that opens a paragraph after one that ends one.
    if (LABEL_ONLY.test(current)) current = `${current} ${text}`;
    else if ((LABELLED.test(text) || LABEL_ONLY.test(text)) && TERMINAL.test(withoutEndMark(current))) {
      flush();
      current = text;
    } else if (endsParagraph(current) && opensParagraph(text)) {
      flush();
      current = text;
    } else current = joinLineEnd(current, text, vocabulary);
  }
  flush();
  return paragraphs;
}

/** A document symbol as a line's first word: capitals or digits with a slash or a bracket in it (GC(69)/DEC/11, A/80/348). */
const DOCUMENT_SYMBOL_START = /^\p{Lu}[\p{Lu}\d.]*[/(][^\s]*/u;

/** A line's first word a figure (a year, a number, a range), not a label: "2026,", "2018–2028", "1980/67". */
const FIGURE_START = /^(?!\d{1,3}[.)](?:\s|$))\d/;

/** A page break cut the paragraph when the next page starts in lowercase, on a document symbol after a list separator, on anything but a paragraph's opening after a comma, or the page ended mid-sentence before text. */
function continuesAcrossPage(sofar: string, next: string): boolean {
  if (/^\p{Ll}/u.test(next)) return true;
  if (LABELLED.test(next) || LABEL_ONLY.test(next)) return false;
  const end = withoutEndMark(sofar);
  // A page that opens on a document symbol ("GC(69)/DEC/11, entitled …") after one that ended on a semicolon or a comma
  // continues a list of references the break cut (A/80/L.7, OP 2): no paragraph of a resolution opens on a symbol.
  if (DOCUMENT_SYMBOL_START.test(next) && /[;,]$/.test(end)) return true;
  // A page that opens on a figure that is not a label ("2026, the International Year of …", "2018–2028") after one that
  // ended on a comma continues a list the break cut (A/RES/79/227, PP 60): no paragraph of a resolution opens on a bare
  // number, and the labels ("12.", "(a)") were told apart above.
  if (FIGURE_START.test(next) && /,$/.test(end)) return true;
  // More generally, a page that ended on a comma (a footnote mark after it or not) cut the paragraph unless the next
  // page opens one (a participle, an operative verb, a label): "…46/21 of 24 March 2021,10" / "S-29/1 of 12 February
  // 2021, …" is one preambular paragraph (A/RES/79/182, PP 3), as the PDF reader already reads such a break.
  if (/,$/.test(end) && !opensParagraph(next)) return true;
  return !TERMINAL.test(end) && !/,$/.test(end) && !LABEL_ONLY.test(end);
}

/** A footnote mark after the final punctuation ("…jurisdiction,1", "…Assembly, 1") does not hide the paragraph's end. */
function withoutEndMark(text: string): string {
  return text.replace(/(?<=[,;:.)”’])\s?\d{1,3}$/, '');
}

/** Whether a line opens a paragraph of a resolution: a participle, an operative verb, a number label. */
function opensParagraph(line: string): boolean {
  return PREAMBULAR_OPENER.test(line) || OPERATIVE_VERB.test(line) || LABELLED.test(line) || LABEL_ONLY.test(line);
}

/** Whether a line ends a paragraph: a comma (preambular), a semicolon or a full stop (operative), a mark after it. */
function endsParagraph(sofar: string): boolean {
  return /[,;.]["'”’)]*$/.test(withoutEndMark(sofar));
}
