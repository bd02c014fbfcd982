import type { Paragraph } from '../types.js';
import { normalizeDate } from './dates.js';

/**
 * The lines a release closes with after its text, which a reader does not read as the text: a note issued with it
 * ("Implementation Note issued December 16, 2015", every FOMC statement since 2015-12-16), the link text of a related
 * statement that a scraper kept ("Statement Regarding Purchases of Treasury Securities and Agency Mortgage-Backed
 * Securities", 2013–2014), the press office's line ("For media inquiries, call 202-452-2955."). The data's README calls
 * them boilerplate a diff engine should set aside. Read as paragraphs, they were counted `new` in a batch's index table,
 * its `results.jsonl` and the pair page, and not in the digest (which sets headings apart): two counts of one step
 * (redline #23, session 16). As the closing "45th plenary meeting" of a UN resolution is a fact of the document, they
 * are the document's `trailer`, never a paragraph. Only at the very end of a text, each line whole, and never the text's
 * only paragraph; no UN resolution of the corpus ends with one.
 */
const TRAILER_LINES: readonly RegExp[] = [
  // A note issued with the release, dated: "<Title> issued <Month> <day>, <year>".
  /^(?:\p{Lu}[\p{L}-]*\s){1,4}issued\s(?:on\s)?\p{Lu}\p{Ll}+\s\d{1,2},\s(?:19|20)\d\d$/u,
  // A related statement's title kept as link text: a line without final punctuation.
  /^Statement\s(?:Regarding|on)\s[^.!?;:]{3,160}$/u,
  // The press office's line.
  /^For media inquiries\b[^\n]{0,160}$/u,
];

/** True when a paragraph is a closing line of a release (`TRAILER_LINES`). */
export function isTrailerLine(text: string): boolean {
  const line = text.replace(/\s+/g, ' ').trim();
  return TRAILER_LINES.some((pattern) => pattern.test(line));
}

/** The paragraphs without the release's closing lines, and those lines (as written, in order). */
export function splitTrailer(paragraphs: readonly Paragraph[]): { paragraphs: Paragraph[]; trailer: string[] } {
  let end = paragraphs.length;
  while (end > 1 && isTrailerLine(paragraphs[end - 1].text)) end--;
  return { paragraphs: paragraphs.slice(0, end), trailer: paragraphs.slice(end).map((paragraph) => paragraph.text.replace(/\s+/g, ' ').trim()) };
}

/**
 * The date a release's closing note was issued on ("Implementation Note issued January 26, 2022" → `2022-01-26`), the
 * release's own date: a statement saved without front matter or its web page's date line is dated by it (trial 20-b D5:
 * `statement-dec-2022.txt` … chained in file-name order). Null when no closing line carries such a date.
 */
export function dateOfTrailer(trailer: readonly string[]): string | null {
  for (const line of trailer) {
    const match = /\bissued\s(?:on\s)?(\p{Lu}\p{Ll}+\s\d{1,2},\s(?:19|20)\d\d)$/u.exec(line);
    const date = match ? normalizeDate(match[1]) : null;
    if (date) return date;
  }
  return null;
}
