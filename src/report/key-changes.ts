import type { Comparison, DigestLine, Finding, KeyChangeRank, Paragraph, Signal } from '../types.js';
import { digestLine, isHeadingOnly, isNegotiated } from './digest-line.js';
import { isRoutineSignal } from './labels.js';
import { isGivenName } from './paragraph-names.js';

/**
 * Why a change is among the key changes, most telling first: a commitment or hedge shift, a new or dropped operative
 * paragraph (new ones first, dropped ones after the other operative changes: `orderOf`), another negotiated change to
 * an operative paragraph, then a preambular one. A text without UN labels has no
 * preambular part: its paragraphs count as operative. (In the contract: a history step's key changes carry it.)
 */
export type { KeyChangeRank } from '../types.js';

/** The ranks in order: a key change's place in this list is its priority. */
export const KEY_CHANGE_RANKS: readonly KeyChangeRank[] = ['position shift', 'new or dropped operative', 'operative', 'preambular'];

/** One of the changes that matter, as the report, the text output and the Markdown open with it. */
export interface KeyChange {
  /** Why it ranks where it does. */
  rank: KeyChangeRank;
  /** The change in one line, as the digest phrases it (`OP 17: welcomes → takes note of (weaker)`), with its signals and tone. */
  line: DigestLine;
  /** The fragment of its row in the pair report: `#r-<finding + 1>`. */
  href: string;
}

/** How many key changes a first screen lists; the rest are counted (`and 12 more`). */
export const KEY_CHANGES_SHOWN = 8;

/** The signal types that move a text's position: how strongly it commits, how gravely it voices a stance, and how much it hedges. */
const POSITION_TYPES = new Set(['commitment', 'stance', 'hedge']);

/**
 * The negotiated changes of a comparison (the digest's lines), in rank order (the renderers list `firstKeyChanges` in the text's order): commitment and hedge shifts (an operative
 * paragraph's before a preambular one's: what the text decides before what it recalls), new operative paragraphs, the
 * other operative changes, dropped operative paragraphs, then preambular ones (new and changed before dropped); in
 * reading order within a rank. All of them: a renderer shows the first `KEY_CHANGES_SHOWN` and counts the rest
 * (`firstKeyChanges` phrases only those it shows).
 */
export function keyChanges(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): KeyChange[] {
  return firstKeyChanges(comparison, left, right, Number.POSITIVE_INFINITY, new Set(), 'rank').shown;
}

/**
 * The first `shown` key changes by rank, in the text's order, and how many there are in all. A change's rank is read from its finding, not from its
 * digest line, so only the lines shown are phrased: `digestLine` was a digest line for every negotiated change of a
 * long comparison (3 % of the 10,000-paragraph report) where the page shows eight and counts the rest.
 *
 * `always` (finding indices: a history's reinstated paragraphs) come first after the position shifts and are all
 * shown, even beyond `shown` and even when routine: the criminal-accountability history counted "1 reinstated" in its step and listed
 * five other changes, not the reinstated one (trial 19a D8).
 *
 * What the newer text says comes before what it no longer says: the tax-cooperation step 79/235 → 80/128 listed five
 * dropped paragraphs (the modalities of 2024, carried out) and hid under "and 5 more" its two new operative paragraphs
 * and the new concern about the liquidity crisis (trial 19a D8).
 */
export function firstKeyChanges(
  comparison: Comparison,
  left: readonly Paragraph[],
  right: readonly Paragraph[],
  shown = KEY_CHANGES_SHOWN,
  always: ReadonlySet<number> = new Set(),
  order: 'text' | 'rank' = 'text',
): { shown: KeyChange[]; total: number } {
  const ranked = comparison.findings.flatMap((finding, index) => {
    // A reinstatement is listed even when its return reads as routine (the criminal-accountability PP 23, 80/160).
    if (!always.has(index) && (!isNegotiated(finding) || isHeadingOnly(finding, left, right) || isChapeauOnly(finding, left, right))) return [];
    const rank = rankOf(finding, left, right);
    return [{ order: orderOf(finding, rank, isPreambular(finding, left, right), always.has(index)), rank, finding, index }];
  });
  // Array.prototype.sort is stable: reading order holds within a rank.
  ranked.sort((a, b) => a.order - b.order);
  // Chosen by rank (a long comparison shows its eight that matter most), listed in the text's order: a record note cites
  // PP 3 before OP 9 (trial 21-a D14: "new OP 19; OP 9; OP 17; PP 3" in every memo where the digest read PP 3 first).
  const chosen = ranked.filter((entry, place) => place < shown || always.has(entry.index));
  const kept = order === 'text' ? chosen.sort((a, b) => a.index - b.index) : chosen;
  // A footnote that changed is said beside the paragraph's change, as its signals are ("footnote 8 changed: adds
  // Panama"): `digestLine` lists it, for the digest as for the key changes.
  const lines = kept.map(({ rank, finding, index }) => ({ rank, line: withCountedShift(digestLine(finding, index, left, right, null), finding, rank), href: `#r-${index + 1}` }));
  return { shown: lines, total: ranked.length };
}

/**
 * A key change's place: position shifts (operative, then preambular), the changes a caller always shows, new operative
 * paragraphs, other operative changes, dropped operative paragraphs, new and changed preambular paragraphs, dropped ones.
 */
function orderOf(finding: Finding, rank: KeyChangeRank, preambular: boolean, always: boolean): number {
  if (rank === 'position shift') return preambular ? 1 : 0;
  if (always) return 2;
  if (rank === 'new or dropped operative') return finding.kind === 'dropped' ? 5 : 3;
  if (rank === 'operative') return 4;
  return finding.kind === 'dropped' ? 7 : 6;
}

/**
 * A line ranked a position shift says the shift it is ranked and counted by: the digest's line may leave a commitment
 * shift out (read across a rewrite, `digestLine`), and the DPRK report 79/181 → 80/220 counted "1 position shift (1
 * weaker)" beside a key change "PP 8 rewritten: Encouraging … → Taking note … — date changed …" that did not say which
 * (trial 17b D10). On a line with no tone, the shifts it left out are put first among its signals.
 */
function withCountedShift(line: DigestLine, finding: Finding, rank: KeyChangeRank): DigestLine {
  // A line with its tone ("note → welcome (stronger)") already says the shift in its words.
  if (rank !== 'position shift' || line.tone !== null) return line;
  const missing = finding.signals.filter(isPositionShift).map((signal) => signal.summary).filter((summary) => !line.signals.includes(summary));
  if (missing.length === 0 || finding.signals.filter(isPositionShift).some((signal) => line.signals.includes(signal.summary))) return line;
  return { ...line, signals: [...missing, ...line.signals] };
}

/** Longest line read as a chapeau that says nothing alone. */
const CHAPEAU_LENGTH = 100;

/**
 * Whether a new or dropped finding is only lines that say nothing alone: a resolution's enacting formula ("The General
 * Assembly,") or a short chapeau ending in a colon ("Calls upon Member States:"), whose sub-paragraphs are findings of
 * their own. They are left out of the key changes as headings are left out of the digest: the report of A/RES/75/32
 * against an unrelated statement opened with `dropped ¶ 1: The General Assembly,` and `dropped OP 1: Calls upon Member
 * States:` (session 13).
 */
export function isChapeauOnly(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): boolean {
  if (finding.kind !== 'new' && finding.kind !== 'dropped') return false;
  const paragraphs = finding.kind === 'new' ? finding.right.map((index) => right[index]) : finding.left.map((index) => left[index]);
  return paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph !== undefined && isChapeau(paragraph) && !(finding.kind === 'new' && isOperativeChapeau(paragraph)));
}

/**
 * The third-person verb an operative paragraph opens with ("Encourages", "Also requests", "Calls upon"): a chapeau that
 * has one says who is asked and how strongly, which its sub-paragraphs do not.
 */
const OPERATIVE_OPENING = /^(?:(?:Also|Further|Again|Once again|Strongly|Firmly)\s+)?[A-Z][a-z]+s\b/;

/**
 * A new operative chapeau: an operative paragraph (`OP 4`, not a sub-paragraph) opening with its verb. It stays in the
 * key changes: a Word draft of the African nuclear-weapon-free zone resolution (A/RES/80/14) added "OP 4: Encourages the
 * African Commission on Nuclear Energy to:" with (a) and (b), and the key changes quoted only the two sub-paragraphs,
 * which say neither who is encouraged nor that it is encouraged, not requested (trial 14b).
 */
function isOperativeChapeau(paragraph: Paragraph): boolean {
  return paragraph.role === 'operative' && /^OP \d+$/.test(paragraph.label ?? '') && OPERATIVE_OPENING.test(paragraph.text.trim());
}

function isChapeau(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  if (text.length > CHAPEAU_LENGTH) return false;
  if (/:$/.test(text)) return true;
  // The enacting formula: a resolution's unlabelled paragraph before its preamble ("The General Assembly,", "The Security Council,").
  return paragraph.role === 'other' && (!paragraph.label || isGivenName(paragraph.label)) && /^The [A-Z][^.;:]*,$/.test(text);
}

/** A commitment or hedge signal that moved a position (not the yearly ageing of a verb with its event). */
export function isPositionShift(signal: Signal): boolean {
  return POSITION_TYPES.has(signal.type) && !isRoutineSignal(signal);
}

function rankOf(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): KeyChangeRank {
  if (finding.signals.some(isPositionShift)) return 'position shift';
  if (isPreambular(finding, left, right)) return 'preambular';
  return finding.kind === 'new' || finding.kind === 'dropped' ? 'new or dropped operative' : 'operative';
}

/** Whether a finding's paragraphs are preambular: by their labels (`PP 3`) on the side that has them, the newer first. */
function isPreambular(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): boolean {
  const paragraphs = finding.right.length > 0 ? finding.right.map((index) => right[index]) : finding.left.map((index) => left[index]);
  return paragraphs.length > 0 && paragraphs.every((paragraph) => paragraph?.label?.startsWith('PP') === true);
}

/** `and 12 more`, or null when every key change is shown. */
export function moreKeyChanges(total: number, shown = KEY_CHANGES_SHOWN): string | null {
  const more = total - shown;
  return more > 0 ? `and ${more} more` : null;
}
