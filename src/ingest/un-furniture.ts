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
