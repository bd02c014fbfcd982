import type { Comparison, Finding, Paragraph, Signal } from '../types.js';
import { isRoutineSignal, placeRef, type ResultDocument } from './labels.js';

/** One line of the Word output's first page: where the change is, what happened, and which rank it took. */
export interface KeyChange {
  /** `position shift` (a commitment or hedge signal) or `new`/`dropped` (an operative paragraph); the rank order. */
  rank: 'position shift' | 'new' | 'dropped';
  /** The place as negotiators cite it: `OP 17`, `PP 3`, `¶ 5` in a text without labels. */
  place: string;
  /** What happened, one line: the signal's summary, or the paragraph's opening words. */
  what: string;
}

/** Words of a paragraph's opening quoted on the first page: enough to recognise it, short enough for one line. */
const OPENING_WORDS = 12;

/**
 * The changes the Word output lists first, ranked as issue #20 ranks them: commitment and hedge shifts (the signals
 * that say a position moved; routine ones, a verb aged with its event, aside), then new and dropped operative
 * paragraphs; reading order within a rank. One small function so every output can share it.
 */
export function rankKeyChanges(comparison: Comparison, left: ResultDocument, right: ResultDocument): KeyChange[] {
  const shifts: KeyChange[] = [];
  // New and dropped share a rank: in reading order of the newer text, dropped paragraphs where they stood.
  const unpaired: KeyChange[] = [];
  for (const finding of comparison.findings) {
    const place = findingPlace(finding, left, right);
    for (const signal of finding.signals) if (isPositionShift(signal)) shifts.push({ rank: 'position shift', place, what: signal.summary });
    if (finding.kind === 'new' && isOperative(right.paragraphs[finding.right[0]])) unpaired.push({ rank: 'new', place, what: opening(right.paragraphs[finding.right[0]]) });
    if (finding.kind === 'dropped' && isOperative(left.paragraphs[finding.left[0]])) unpaired.push({ rank: 'dropped', place, what: opening(left.paragraphs[finding.left[0]]) });
  }
  return [...shifts, ...unpaired];
}

/** A commitment or hedge signal that moved a position (not the yearly ageing of a verb). */
export function isPositionShift(signal: Signal): boolean {
  return (signal.type === 'commitment' || signal.type === 'hedge') && !isRoutineSignal(signal);
}

/** Where a finding stands: its newer paragraphs' labels, else (dropped) its older ones'. */
export function findingPlace(finding: Finding, left: ResultDocument, right: ResultDocument): string {
  return finding.right.length ? placeRef(right.paragraphs, finding.right) : placeRef(left.paragraphs, finding.left);
}

/** An operative paragraph of a resolution, or any paragraph but a heading in a text without that structure. */
function isOperative(paragraph: Paragraph | undefined): boolean {
  if (!paragraph || paragraph.heading) return false;
  if (paragraph.role === undefined) return true;
  return paragraph.role === 'operative' || (paragraph.role === 'sub-paragraph' && (paragraph.label ?? '').startsWith('OP'));
}

/** The first words of a paragraph, with an ellipsis when there is more. */
function opening(paragraph: Paragraph): string {
  const words = paragraph.text.split(/\s+/).filter(Boolean);
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' ');
}
