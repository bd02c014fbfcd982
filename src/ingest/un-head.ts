import type { DocumentMeta } from '../types.js';
import { normalizeDate } from './dates.js';
import { BARCODE, JOB_NUMBER, UN_SYMBOL, isFurnitureLine } from './un-furniture.js';
import { ENACTING_FORMULA, MEETING_LINE, readUnFrontPage } from './un-metadata.js';
import { withClosingFacts } from './un-text.js';

/**
 * A UN document's first-page form at the top of a text whose paragraphs a word processor kept: a .docx of a resolution
 * or draft (what delegations exchange), or a PDF printed from one (no running header, job number or barcode, so not read
 * as an official PDF). The form is the same as on the official first page — "United Nations A/RES/80/70", "General
 * Assembly", "Distr.: General" and the date, the session and agenda item, "Resolution adopted by …", the bracketed basis,
 * "80/70. Title" — only each block may hold what the official page prints as separate cells ("Distr.: General 19
 * December 2025", "Eightieth session Agenda item 105": one table cell, or lines that a PDF reader joined). Those blocks
 * become document facts (`readUnFrontPage`, as for an official PDF and its extracted text) and leave the text, and so does
 * the closing "41st plenary meeting" with its date; the enacting formula and everything after it stay as they were, so
 * PP/OP labels follow as for any resolution.
 */

/** Blocks before the enacting formula that are read as a first page at most: the official form has about ten. */
const HEAD_BLOCKS = 30;

/**
 * Read a UN first-page form off the top of a document's paragraphs, and its closing meeting line off the end: the
 * paragraphs without them and the facts they state, or null when the text has no such form (no enacting formula among
 * the first paragraphs, or no symbol with a distribution line, job number or barcode before it).
 */
export function readUnHead(paragraphs: readonly string[]): { paragraphs: string[]; meta: Partial<DocumentMeta> } | null {
  const formula = paragraphs.slice(0, HEAD_BLOCKS + 1).findIndex((paragraph) => ENACTING_FORMULA.test(withoutHeadingMark(paragraph)));
  if (formula <= 0) return null;
  const cells: string[] = [];
  for (const paragraph of paragraphs.slice(0, formula)) {
    // A blank line between blocks, as the extracted-text reader gives them: it ends an agenda item's title.
    for (const cell of cellsOf(withoutHeadingMark(paragraph))) if (!isFurnitureLine(cell)) cells.push(cell);
    cells.push('');
  }
  const symbol = cells.some((cell) => UN_SYMBOL.test(cell));
  const form = cells.some((cell) => /^Distr\.?:\s*\S/.test(cell) || JOB_NUMBER.test(cell) || BARCODE.test(cell));
  if (!symbol || !form) return null;
  const front = readUnFrontPage(cells);
  const body = paragraphs.slice(formula);
  let meeting: string | undefined;
  let date: string | undefined;
  // The closing lines stand after the last paragraph (footnote definitions may follow them).
  const kept: string[] = [];
  for (const paragraph of body) {
    const closing = meeting === undefined && kept.length > 0 ? closingLines(paragraph) : null;
    if (closing) {
      meeting = closing.meeting;
      date = closing.date;
      continue;
    }
    // The date on a block of its own under the meeting line.
    const dateAlone = meeting !== undefined && date === undefined && kept.length > 0 ? normalizeDate(paragraph.trim()) : null;
    if (dateAlone) {
      date = dateAlone;
      continue;
    }
    kept.push(paragraph);
  }
  return { paragraphs: kept, meta: withClosingFacts(front.meta, { meeting, date }) };
}

/** A converter's heading mark ("# 80/70. Title", as the Word reader writes a heading) is no part of the form's text. */
function withoutHeadingMark(paragraph: string): string {
  return paragraph.trim().replace(/^#{1,6}\s+/, '');
}

/** Organs whose name heads the first page, before the distribution when both stand on one line. */
const ORGAN_THEN_DISTRIBUTION = /^(General Assembly|Security Council|Economic and Social Council|Human Rights Council|Trusteeship Council)\s+(Distr\.?:.*)$/;

/**
 * A block of the form cut into the cells the official page prints apart: "United Nations A/RES/80/70" → "United
 * Nations", "A/RES/80/70"; "General Assembly Distr.: General"; "Distr.: General 19 December 2025" → the distribution
 * and the issue date; "Eightieth session Agenda item 105" → the session and the agenda item; "… Original: English".
 */
function cellsOf(block: string): string[] {
  const out: string[] = [];
  for (const line of block.split('\n')) {
    let rest = line.replace(/\s+/g, ' ').trim();
    const cells: string[] = [];
    // The symbol at the line's end, after other cells ("United Nations A/RES/80/70", "General Assembly A/80/L.6").
    const lastSpace = rest.lastIndexOf(' ');
    if (lastSpace > 0 && UN_SYMBOL.test(rest.slice(lastSpace + 1)) && !/[[\]()]/.test(rest)) {
      cells.push(rest.slice(lastSpace + 1));
      rest = rest.slice(0, lastSpace);
    }
    const original = /^(.+?)\s+(Original:\s*\S+)$/.exec(rest);
    if (original) {
      cells.unshift(original[2]);
      rest = original[1];
    }
    const organ = ORGAN_THEN_DISTRIBUTION.exec(rest);
    if (organ) {
      out.push(organ[1]);
      rest = organ[2];
    }
    const issued = /^(Distr\.?:\s*\S+)\s+(.+)$/.exec(rest);
    const agenda = /^(.+?\bsession)\s+(Agenda items?\s.+)$/.exec(rest);
    if (issued && normalizeDate(issued[2])) out.push(issued[1], issued[2]);
    else if (agenda) out.push(agenda[1], agenda[2]);
    else out.push(rest);
    out.push(...cells);
  }
  return out.filter((cell) => cell !== '');
}

/** A block that is only the closing lines of an adopted text: "41st plenary meeting", with its date on the same line or not. */
function closingLines(paragraph: string): { meeting: string; date?: string } | null {
  const text = paragraph.replace(/\s+/g, ' ').trim();
  if (MEETING_LINE.test(text)) return { meeting: text };
  const match = /^(.*?\bmeeting) (.+)$/i.exec(text);
  if (!match || !MEETING_LINE.test(match[1])) return null;
  const date = normalizeDate(match[2]);
  return date ? { meeting: match[1], date } : null;
}
