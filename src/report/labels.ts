import type { Comparison, Finding, PairScores, RedlineResult, RelatedLink, Signal } from '../types.js';
import { RedlineError } from '../errors.js';

/** A document of the result as the report sees it: its facts and paragraphs. */
export type ResultDocument = RedlineResult['documents'][number];

/**
 * The filter tags a row can carry: the finding kinds, with `modified` told apart into editorial and substantive,
 * plus `moved`, which is a flag on top of any kind. These are the page's filter toggles and the Markdown kind names.
 */
export type RowTag = 'unchanged' | 'editorial' | 'substantive' | 'split' | 'merged' | 'new' | 'dropped' | 'moved';

/** Every row tag, in the order the summary lists them. */
export const ROW_TAGS: readonly RowTag[] = [
  'substantive',
  'editorial',
  'split',
  'merged',
  'new',
  'dropped',
  'moved',
  'unchanged',
];

/** What a reader sees for each tag: a short badge label and a one-line explanation. */
export const TAG_LABELS: Readonly<Record<RowTag, { label: string; description: string }>> = {
  unchanged: { label: 'Unchanged', description: 'Same text in both documents (up to whitespace and typography).' },
  editorial: { label: 'Editorial', description: 'Only case, punctuation, spelling or abbreviations changed.' },
  substantive: { label: 'Substantive', description: 'Wording changed beyond editorial fixes.' },
  split: { label: 'Split', description: 'One older paragraph became several newer paragraphs.' },
  merged: { label: 'Merged', description: 'Several older paragraphs became one newer paragraph.' },
  new: { label: 'New', description: 'Only in the newer document.' },
  dropped: { label: 'Dropped', description: 'Only in the older document.' },
  moved: { label: 'Moved', description: 'Paired out of reading order: the paragraph changed place.' },
};

/** The component scores in display order, each with a reader's explanation of what it measures. */
export const SCORE_LABELS: ReadonlyArray<{ key: keyof PairScores; label: string; description: string }> = [
  { key: 'semantic', label: 'Semantic', description: 'closeness in meaning (word vectors), even with different words' },
  { key: 'lexical', label: 'Lexical', description: 'shared content words, weighted by rarity' },
  { key: 'containment', label: 'Containment', description: "share of the smaller side's content found in the larger" },
  { key: 'sequence', label: 'Sequence', description: 'words in the same order (1 − word edit distance)' },
  { key: 'character', label: 'Character', description: 'closeness of the spelled-out text' },
];

/** The kind tag of a finding: its kind, with `modified` resolved to editorial or substantive. */
export function kindTag(finding: Finding): Exclude<RowTag, 'moved'> {
  if (finding.kind === 'modified') return finding.editorial ? 'editorial' : 'substantive';
  return finding.kind;
}

/** True when a finding is worth a reader's attention: anything but an unchanged paragraph left in place. */
export function isChange(finding: Finding): boolean {
  return finding.kind !== 'unchanged' || finding.moved;
}

/** How a signal reads for the position it tracks: weaker, stronger, or neither (a reference changed, a topic added). */
export type SignalTone = 'weaker' | 'stronger' | 'neutral';

/** The tone of any signal, from its `direction` where its type has one. */
export function signalTone(signal: Signal): SignalTone {
  const direction = (signal as { direction?: unknown }).direction;
  return direction === 'weakened' ? 'weaker' : direction === 'strengthened' ? 'stronger' : 'neutral';
}

/** A signal's summary as the first words of a sentence ("Commitment weakened: …"). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A 0..1 ratio as a whole percentage, e.g. `0.823` → `82%`. */
export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** 1-based paragraph positions as a reader cites them: `5`, `5–6`, or `5, 8` for a non-contiguous group. */
export function positionsLabel(indices: readonly number[]): string {
  const positions = indices.map((index) => index + 1);
  if (positions.length === 0) return '';
  const contiguous = positions.every((position, i) => i === 0 || position === positions[i - 1] + 1);
  if (contiguous && positions.length > 1) return `${positions[0]}–${positions[positions.length - 1]}`;
  return positions.join(', ');
}

/** The left and right documents of a comparison, found by id; throws when the result does not hold them. */
export function comparedDocuments(
  result: RedlineResult,
  comparison: Comparison,
): { left: ResultDocument; right: ResultDocument } {
  const find = (id: string): ResultDocument => {
    const document = result.documents.find((candidate) => candidate.id === id);
    if (!document) {
      throw new RedlineError(
        'bad-result',
        `the result has no document with id "${id}", which comparison ${comparison.left} → ${comparison.right} names`,
        'Render a result produced by redline compare, or add the missing document to result.documents.',
      );
    }
    return document;
  };
  return { left: find(comparison.left), right: find(comparison.right) };
}

/** Counts of findings per row tag (a moved finding counts under its kind and under `moved`). */
export function countTags(findings: readonly Finding[]): Record<RowTag, number> {
  const counts = Object.fromEntries(ROW_TAGS.map((tag) => [tag, 0])) as Record<RowTag, number>;
  for (const finding of findings) {
    counts[kindTag(finding)] += 1;
    if (finding.moved) counts.moved += 1;
  }
  return counts;
}

/** Which side of a related link is the unpaired (new or dropped) paragraph: the side with one index that has no partner. */
export function unpairedSide(comparison: Comparison, link: RelatedLink): 'left' | 'right' {
  if (link.left.length !== 1) return 'right';
  const index = link.left[0];
  return comparison.findings.some((finding) => finding.kind === 'dropped' && finding.left[0] === index) ? 'left' : 'right';
}

/** Most shared words a one-line related note shows. */
const NOTE_WORDS = 6;

/**
 * A related link as one phrase about the unpaired paragraph: `related to newer ¶ 2, 4 (62% of its content; shared:
 * transition, workers, …)`. The paragraphs named are on the other side of `side`; `measured` false (the other end of a
 * one-to-one link) leaves out the share, which is the unpaired paragraph's.
 */
export function relatedPhrase(link: RelatedLink, side: 'left' | 'right', measured = true): string {
  const others = side === 'left' ? link.right : link.left;
  const words = link.shared.slice(0, NOTE_WORDS).join(', ') + (link.shared.length > NOTE_WORDS ? ', …' : '');
  // `containment` measures the unpaired paragraph the link was found for; on the other end only the shared words apply.
  const share = measured ? `${percent(link.containment)} of its content; ` : '';
  return `related to ${side === 'left' ? 'newer' : 'older'} ¶ ${positionsLabel(others)} (${share}shared: ${words})`;
}
