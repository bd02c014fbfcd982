/**
 * The page furniture of United Nations documents, as text patterns. A PDF page and the text a PDF library extracts from
 * it carry the same furniture; both readers (`pdf.ts`, `un-text.ts`) drop lines that match these, and the tests and the
 * bench (`bench/un-pdfs.js`) count any that survive inside a paragraph as a defect.
 */

/** A UN document symbol: `A/RES/78/113`, `A/C.1/78/L.11/Rev.1`, `A/AC.290/2021/CRP.2`, `S/2023/12` (`*`: reissued, see its note). */
export const UN_SYMBOL = /^[A-Z]{1,6}(?:\/[A-Za-z0-9](?:[A-Za-z0-9.\-]*[A-Za-z0-9])?){2,7}\*?$/;

/** The barcode under the job number: the job number's digits between asterisks. */
export const BARCODE = /^\*\d{6,8}\*$/;

/** The job number, alone (`23-24936`) or with language and date (`23-24936 (E)    211223`). */
export const JOB_NUMBER = /^\d{2}-\d{5}\*?(?:\s*\([A-Z]\))?(?:\s+\d{6})?(?:\s+\*\d{6,8}\*)?$/;

/** A page number as UN documents print it (`2/15`); a reader checks the count is the document's page count. */
export const PAGE_OF_PAGES = /^(\d{1,3})\s*\/\s*(\d{1,3})$/;

/** The recycling notice and its logo caption on first pages. */
export const PLEASE_RECYCLE = /^Please recycle\b/i;

/** The rule above a page's footnotes, as extracted text shows it. */
export const FOOTNOTE_RULE = /^_{5,}$/;

/** Whether a whole line is furniture by itself, whatever page it is on. */
export function isFurnitureLine(line: string): boolean {
  const text = line.trim();
  return BARCODE.test(text) || JOB_NUMBER.test(text) || PLEASE_RECYCLE.test(text) || FOOTNOTE_RULE.test(text);
}

/**
 * Furniture found inside a paragraph's text: what a reader never sees as part of a sentence. Used by tests and the bench
 * to prove none is left; `symbol` also catches a running header spliced into a paragraph ("… A/RES/78/16 Programme …").
 */
export function furnitureIn(text: string, symbol?: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/\*\d{6,8}\*/g)) found.push(match[0]);
  for (const match of text.matchAll(/(?<![\d/.-])\d{2}-\d{5}(?:\s*\([A-Z]\))(?:\s+\d{6})?/g)) found.push(match[0]);
  for (const match of text.matchAll(/\bPlease recycle\b/gi)) found.push(match[0]);
  for (const match of text.matchAll(/_{5,}/g)) found.push(match[0]);
  if (symbol) {
    // The symbol itself may be cited in the text ("resolution A/RES/78/16"); at a paragraph's very start or end it is a header.
    const escaped = symbol.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    if (new RegExp(`^${escaped}\\b|\\b${escaped}$`).test(text.trim())) found.push(symbol);
  }
  return found;
}

/*
 * Page furniture of any text extracted from a PDF (a national strategy, a report), not only the UN's: lines a printed
 * page carries around its text, dropped by the segmenter as the UN reader drops the lines above (`segment.ts`). Found by
 * a researcher comparing the UK's 2011 and 2016 cyber security strategies: 6 of the report's 8 key changes were
 * contents lines ("FOREWORD ……6"), and most findings page numbers ("22") or running heads ("T H E N A T I O N A L …").
 * Conservative: a numbered paragraph ("22. The Government …"), a list item or a sentence never matches.
 */

/**
 * A page number alone on its line: `22`, `Page 3`, `Page 3 of 20`, `- 4 -`, and a page number beside the word "Page"
 * set apart by a bar, its letters spaced or not: `11 | P a g e`, `Page | 4` (a footer of national strategies made in
 * Word: Mauritius 2014, Saudi Arabia, Ghana 2014; trial 21-b D9, where "11 | P a g e" paired with a statement's date
 * line "11-11-2024" as a substantive change).
 */
export const PAGE_NUMBER_LINE = /^(?:page\s+)?\d{1,3}(?:\s+of\s+\d{1,3})?$|^[-\u2013\u2014]\s*\d{1,3}\s*[-\u2013\u2014]$|^\d{1,3}\s*[|\u00a6\u2502]\s*p\s?a\s?g\s?e$|^p\s?a\s?g\s?e\s*[|\u00a6\u2502]\s*\d{1,3}$/i;

/** A page number as a contents line prints it: 1 to 3 digits, or a Roman numeral for the front pages (`ix`). */
const CONTENTS_PAGE = /^(?:\d{1,3}|[ivxlc]{1,6})$/i;

/**
 * A table-of-contents line: a title (or none, when the leader wrapped onto its own line), a leader of at least 3 dots
 * (`.....`, `. . .`; an ellipsis character `…` counts as 3), then a page number (`FOREWORD ……6`, `Threats .......17`,
 * `. . . . .55`); or a leader of at least 5 dots ending the line, its page number on the next (`Introduction ........`).
 * A contents extracted as one long line holds several such entries (`Executive Summary . . . . .vii Introduction . . . .1
 * Cyberspace Threats …`): two entries, or one with a leader of 10 dots or more, make the line contents too. Prose may
 * hold one short ellipsis before a number ("and so on... 3 more"), never a leader. Read in one pass, linear in the line.
 */
export function isContentsLine(line: string): boolean {
  const text = line.trim();
  let entries = 0;
  let longLeader = false;
  let i = 0;
  while (i < text.length) {
    const char = text[i];
    if (char !== '.' && char !== '\u2026') {
      i++;
      continue;
    }
    // A run of dots and ellipses, spaces between them allowed.
    let dots = 0;
    let j = i;
    while (j < text.length) {
      const c = text[j];
      if (c === '.') dots++;
      else if (c === '\u2026') dots += 3;
      else if (c !== ' ' && c !== '\t' && c !== '\u00a0') break;
      j++;
    }
    if (j === text.length) return dots >= 5 || (dots >= 3 && entries > 0);
    let k = j;
    while (k < text.length && /[0-9A-Za-z]/.test(text[k])) k++;
    if (dots >= 3 && k > j && CONTENTS_PAGE.test(text.slice(j, k)) && (k === text.length || /\s/.test(text[k]))) {
      if (k === text.length) return true;
      entries++;
      if (dots >= 10) longLeader = true;
    }
    i = Math.max(j, i + 1);
  }
  return entries >= 2 || longLeader;
}

/** A page number at either end of a running head: digits, or a Roman numeral for the front pages (`viii`). */
const HEAD_PAGE = /^(?:\d{1,3}|[ivxlc]{1,6})$/;

/**
 * A letter-spaced line (a running head or a title set in spaced capitals): at least 8 single letters separated by spaces
 * (`E X E C U T I V E`, `T H E N AT I O N A L S T R AT E G Y … 7`, `C O N C L U S I O N : T H E`,
 * `S h a r i n g r E S P o n S i b i li t y`), where kerning may glue two or three letters together, a page number may
 * stand at either end, a letter group may carry a stop or a colon, and at least 3 in 4 of the letter groups are single
 * letters. No word of prose is longer than 3 letters there, and prose is not mostly single letters.
 */
export function isLetterSpacedLine(line: string): boolean {
  // Most lines are prose: 7 letters in a row in its first 60 characters (more than a letter group or a Roman page number
  // holds) rule a line out before it is split (the segmenter asks this of every line).
  if (/\p{L}{7}/u.test(line.slice(0, 60))) return false;
  const tokens = line.trim().split(/\s+/);
  if (tokens.length > 1 && HEAD_PAGE.test(tokens[0])) tokens.shift();
  if (tokens.length > 1 && HEAD_PAGE.test(tokens[tokens.length - 1])) tokens.pop();
  let single = 0;
  let groups = 0;
  for (const token of tokens) {
    if (/^[:.,&\-\u2013\u2014]$/.test(token)) continue;
    const letters = /^(\p{L}{1,3})[.:,]?$/u.exec(token)?.[1];
    if (letters === undefined) return false;
    groups++;
    if (letters.length === 1) single++;
  }
  return single >= 8 && single * 4 >= groups * 3;
}

/** Whether a whole line of a PDF-extracted text is page furniture: a page number, a contents line, a letter-spaced head. */
export function isPageFurnitureLine(line: string): boolean {
  const text = line.trim();
  return PAGE_NUMBER_LINE.test(text) || isContentsLine(text) || isLetterSpacedLine(text);
}
