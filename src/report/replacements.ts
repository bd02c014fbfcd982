import type { Comparison, Finding, Paragraph } from '../types.js';
import { relationNote } from './labels.js';

/**
 * Replacements: a dropped paragraph and a new one standing in its place, too different for the aligner to pair, shown
 * as one row ("One in place of the other") by the HTML report and named by the text, Markdown and Word outputs. The
 * rule reads the findings only, so every output draws the same pairs, and the engine (`pipeline.ts`) scores exactly
 * these pairs for `Comparison.replacements`.
 */

/** A word as the report counts words (letters and digits, inner apostrophes and hyphens kept). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** Function words: never a useful "shared key term", whatever their rarity in one document. */
export const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from had has have in into is it its of on or that the their them these ' +
    'they this those to was were which while who will with within would shall should may might must can could also ' +
    'not no all any each other such than then there our we us').split(' '),
);

/** Whether a word carries content: longer than two letters, not a function word, not a bare number. */
export function isContentWord(word: string): boolean {
  return word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word);
}

/**
 * Where a moved finding's older place stands among the findings: after the last in-place finding whose older
 * paragraphs come before it (-1: before the first). In-place findings keep the older order (dropped paragraphs stand
 * where they were), so that finding is the moved paragraph's old neighbour.
 */
export function movedFromAfter(findings: readonly Finding[], first: number): number {
  let after = -1;
  findings.forEach((other, otherIndex) => {
    if (!other.moved && other.left.length && other.left[other.left.length - 1] < first) after = otherIndex;
  });
  return after;
}

/**
 * `movedFromAfter` for every older place asked, read from one pass over the findings: the in-place findings sorted by
 * their last older paragraph, each with the largest finding index up to it, and a binary search for the place. The
 * answer is the largest index of an in-place finding whose last older paragraph comes before `first`, as there; asked
 * for each moved finding, the scan of every finding was 0.06 s of the 10,000-paragraph report (issue 21 session 15).
 */
export function movedFromPlaces(findings: readonly Finding[]): (first: number) => number {
  const inPlace: Array<{ last: number; index: number }> = [];
  findings.forEach((other, index) => {
    if (!other.moved && other.left.length) inPlace.push({ last: other.left[other.left.length - 1], index });
  });
  inPlace.sort((a, b) => a.last - b.last);
  const largest: number[] = [];
  let running = -1;
  for (const entry of inPlace) {
    running = Math.max(running, entry.index);
    largest.push(running);
  }
  return (first) => {
    let low = 0;
    let high = inPlace.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (inPlace[middle].last < first) low = middle + 1;
      else high = middle;
    }
    return low === 0 ? -1 : largest[low - 1];
  };
}

/** A dropped finding and the new finding shown in its place (indices into `findings`). */
export interface ReplacementPair {
  dropped: number;
  added: number;
}

/**
 * The replacements of a comparison, in the order of their new findings. Consecutive dropped and new findings (not moved;
 * no moved paragraph's older place between them) are paired by the content words they share (`pairedInRun`), when one
 * can stand in the other's place (`canReplace`). Two texts that look unrelated (`relationNote`) have none: their paragraphs shared the vocabulary of
 * one field ("States", "information", "importance"): A/RES/75/32 against the seed statement kept 15 replacements (of
 * 21) on shared words alone.
 */
export function replacementPairs(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): ReplacementPair[] {
  if (relationNote(comparison) !== null) return [];
  const { findings } = comparison;
  const breaks = new Set<number>();
  const placeOf = movedFromPlaces(findings);
  findings.forEach((finding) => {
    const first: number | undefined = finding.left[0];
    if (finding.moved && first !== undefined) breaks.add(placeOf(first));
  });
  const lone = (finding: Finding): boolean => !finding.moved && (finding.kind === 'dropped' || finding.kind === 'new');
  const pairs: ReplacementPair[] = [];
  for (let i = 0; i < findings.length; ) {
    if (!lone(findings[i])) {
      i++;
      continue;
    }
    const run: number[] = [];
    do run.push(i++);
    while (i < findings.length && lone(findings[i]) && !breaks.has(i - 1));
    const dropped = run.filter((index) => findings[index].kind === 'dropped');
    const added = run.filter((index) => findings[index].kind === 'new');
    pairs.push(...pairedInRun(dropped, added, findings, left, right));
  }
  return pairs.sort((a, b) => a.added - b.added);
}

/**
 * The replacements of one run of dropped and new findings: each new one with the dropped one it shares the most content
 * words with (as a share of the smaller paragraph's), best pairs first, in order where they tie. Paired k-th with k-th, ICT 78/132 → 79/194 put new PP 27
 * "Taking note of … Digital Economy Report 2024" in place of PP 25 (the Intergovernmental Group of Experts' outcome), the
 * run's first dropped paragraph, where PP 27 "Taking note of the Digital Economy Report 2021" is the one it replaced
 * (trial 17-a D9). A run of one dropped and one new paragraph pairs as before.
 */
function pairedInRun(dropped: readonly number[], added: readonly number[], findings: readonly Finding[], left: readonly Paragraph[], right: readonly Paragraph[]): ReplacementPair[] {
  const words = (paragraphs: readonly Paragraph[]): Set<string> => contentWords(paragraphs);
  const olderWords = dropped.map((index) => words(findings[index].left.map((paragraph) => left[paragraph])));
  const newerWords = added.map((index) => words(findings[index].right.map((paragraph) => right[paragraph])));
  const candidates: Array<{ d: number; a: number; share: number }> = [];
  dropped.forEach((droppedIndex, d) =>
    added.forEach((addedIndex, a) => {
      if (!canReplace(findings[droppedIndex].left.map((paragraph) => left[paragraph]), findings[addedIndex].right.map((paragraph) => right[paragraph]))) return;
      const shared = [...olderWords[d]].filter((word) => newerWords[a].has(word)).length;
      // Shared over the smaller set: a long paragraph replaced by its short successor (the report's new edition named
      // without the older one's description) shares most of the shorter's words, and Dice would count the long side against it.
      candidates.push({ d, a, share: shared / (Math.min(olderWords[d].size, newerWords[a].size) || 1) });
    }),
  );
  candidates.sort((x, y) => y.share - x.share || Math.abs(x.d - x.a) - Math.abs(y.d - y.a) || x.a - y.a);
  const [usedOlder, usedNewer] = [new Set<number>(), new Set<number>()];
  const pairs: ReplacementPair[] = [];
  for (const { d, a } of candidates) {
    if (usedOlder.has(d) || usedNewer.has(a)) continue;
    usedOlder.add(d);
    usedNewer.add(a);
    pairs.push({ dropped: dropped[d], added: added[a] });
  }
  return pairs;
}

/**
 * Whether a new paragraph can be shown in a dropped one's place. Paired on reading order alone, the report of
 * A/RES/75/32 against an unrelated joint statement drew PP 1 "Recalling its resolutions 53/70 …" beside the date line
 * "11-11-2024" as "one in place of the other". Two paragraphs with no content word in common are a dropped and a new
 * paragraph, nothing more; and a heading line (a title, a date line) never stands in a body paragraph's place.
 */
function canReplace(dropped: readonly Paragraph[], added: readonly Paragraph[]): boolean {
  const isHeading = (paragraphs: readonly Paragraph[]): boolean => paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph.heading);
  if (isHeading(dropped) !== isHeading(added)) return false;
  const theirs = contentWords(added);
  return [...contentWords(dropped)].some((word) => theirs.has(word));
}

/** The content words of some paragraphs: lower case, no function words, no bare numbers. */
function contentWords(paragraphs: readonly Paragraph[]): Set<string> {
  const words = new Set<string>();
  for (const paragraph of paragraphs) for (const word of paragraph.text.toLowerCase().match(WORD) ?? []) if (isContentWord(word)) words.add(word);
  return words;
}

/**
 * What the outputs say of a replacement, by the index of its new finding: the dropped finding it stands in place of
 * and their similarity (`Comparison.replacements`, the scorer's figure, as every aligned pair has; null in a result
 * written before it was recorded).
 */
export function replacementsByNew(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): Map<number, { dropped: number; similarity: number | null }> {
  const scored = new Map<string, number>((comparison.replacements ?? []).map((replacement) => [`${replacement.left.join(',')}|${replacement.right.join(',')}`, replacement.similarity]));
  const out = new Map<number, { dropped: number; similarity: number | null }>();
  for (const { dropped, added } of replacementPairs(comparison, left, right)) {
    const key = `${comparison.findings[dropped].left.join(',')}|${comparison.findings[added].right.join(',')}`;
    out.set(added, { dropped, similarity: scored.get(key) ?? null });
  }
  return out;
}
