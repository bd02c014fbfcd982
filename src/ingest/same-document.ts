import type { Paragraph } from '../types.js';

/**
 * Two inputs that are one document: the same file twice, or two copies of one text (a resolution's PDF and the text
 * extracted from it) — the same symbol (or neither has one), the same full date, and the same wording. A chain or a
 * history that kept both made a step "A/RES/78/48 → A/RES/78/48: no change" (trial 18-a): one copy is kept.
 */

/**
 * Least share of word 3-shingles (Dice) two copies share. A UN PDF and its extracted text share all of theirs (1.0 for
 * A/RES/78/48, 78/8, 78/113, 78/132); two sessions of one resolution stay well below (ATT 78/48 → 79/52: 0.86), and they
 * differ in symbol and date anyway.
 */
export const SAME_WORDING = 0.95;

/** What tells two inputs apart: where each was read, its bytes' hash, its symbol and its date. */
export interface CopyFacts {
  path: string;
  sha256: string;
  symbol?: string | null;
  date: string | null;
}

/** A symbol as compared: case, spaces and a reissue's star do not count (`A/RES/75/282*` = `A/RES/75/282`). */
function symbolKey(symbol: string | null | undefined): string | null {
  return symbol ? symbol.replace(/[\s*]/g, '').toUpperCase() : null;
}

/**
 * Whether two inputs are one document: the same bytes (unless `byBytes` is false), or the same symbol (or none either),
 * the same full date (YYYY-MM-DD: a year alone says too little) and a wording share (`wording`, asked only when the
 * rest agrees) of at least `SAME_WORDING`.
 */
export function isSameDocument(a: CopyFacts, b: CopyFacts, wording: () => number, byBytes = true): boolean {
  if (byBytes && a.sha256 === b.sha256) return true;
  if (a.date === null || a.date !== b.date || !/^\d{4}-\d{2}-\d{2}$/.test(a.date)) return false;
  if (symbolKey(a.symbol) !== symbolKey(b.symbol)) return false;
  return wording() >= SAME_WORDING;
}

/**
 * Which copy to keep, by format: the PDF (the document as published; a text beside it was extracted or pasted from it,
 * with the breaks and notes that extraction made), then Word, HTML, Markdown, plain text; on a tie the one given first.
 */
const FORMAT_RANK: ReadonlyArray<RegExp> = [/\.pdf$/i, /\.docx$/i, /\.(html?|xhtml)$/i, /\.(md|markdown)$/i, /\.txt$/i];

function formatRank(path: string): number {
  const rank = FORMAT_RANK.findIndex((pattern) => pattern.test(path));
  return rank === -1 ? FORMAT_RANK.length : rank;
}

/** Of several copies of one document (in the order given), the position of the one to keep (see `FORMAT_RANK`). */
export function preferredCopy(copies: readonly Pick<CopyFacts, 'path'>[]): number {
  let best = 0;
  for (let index = 1; index < copies.length; index++) if (formatRank(copies[index].path) < formatRank(copies[best].path)) best = index;
  return best;
}

/** Why that copy is kept, for the warning: "the PDF", "the Word file", … or "the first given". */
export function whyKept(kept: string, others: readonly string[]): string {
  const rank = formatRank(kept);
  if (others.every((other) => formatRank(other) === rank)) return 'the first given';
  return ['the PDF (the document as published)', 'the Word file', 'the HTML page', 'the Markdown file', 'the text file'][rank] ?? 'the first given';
}

/** The word 3-shingles of a text's paragraphs (lower-cased letters and digits; never across a paragraph break). */
function shingles(paragraphs: readonly Pick<Paragraph, 'text'>[]): Set<string> {
  const found = new Set<string>();
  for (const paragraph of paragraphs) {
    const words = paragraph.text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    if (words.length < 3 && words.length > 0) found.add(words.join(' '));
    for (let i = 0; i + 3 <= words.length; i++) found.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  }
  return found;
}

/** Dice of two texts' word 3-shingles, 0..1 (the batch signature's measure, unhashed). */
export function wordingShare(a: readonly Pick<Paragraph, 'text'>[], b: readonly Pick<Paragraph, 'text'>[]): number {
  const [x, y] = [shingles(a), shingles(b)];
  if (x.size + y.size === 0) return 1;
  let shared = 0;
  for (const shingle of x) if (y.has(shingle)) shared++;
  return (2 * shared) / (x.size + y.size);
}
