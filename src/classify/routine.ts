import type { Lexicons } from './signals/lexicon.js';
import { findNumbers, isRoutineNumberChange, withoutYearMarks, type NumberMention } from './signals/numbers.js';
import { findReferences, isSuccessor, type ReferenceMention } from './signals/references.js';

/** One item of the yearly succession: a number or a session-numbered reference, with its span. */
type Item = { kind: 'number'; mention: NumberMention; start: number; end: number } | { kind: 'reference'; mention: ReferenceMention; start: number; end: number };

function items(text: string, lexicons: Lexicons | undefined): Item[] {
  const references = findReferences(text, lexicons).map((mention): Item => ({ kind: 'reference', mention, start: mention.start, end: mention.end }));
  const numbers = findNumbers(text, lexicons).map((mention): Item => ({ kind: 'number', mention, start: mention.start, end: mention.end }));
  return [...references, ...numbers].sort((a, b) => a.start - b.start);
}

/** The text with every item replaced by a placeholder naming its category, then folded (case, punctuation, spacing). */
function skeleton(text: string, found: readonly Item[]): string {
  let out = '';
  let at = 0;
  for (const item of found) {
    out += `${text.slice(at, item.start)} \u0001${item.kind === 'number' ? item.mention.category : item.mention.kind}\u0001 `;
    at = item.end;
  }
  out += text.slice(at);
  return out.toLowerCase().replace(/[^\p{L}\p{N}\u0001]+/gu, ' ').trim();
}

function sameItem(a: Item, b: Item): boolean {
  if (a.kind === 'reference' && b.kind === 'reference') return a.mention.key === b.mention.key;
  if (a.kind === 'number' && b.kind === 'number') return a.mention.text.toLowerCase() === b.mention.text.toLowerCase();
  return false;
}

function isSuccession(a: Item, b: Item): boolean {
  if (a.kind === 'reference' && b.kind === 'reference') return isSuccessor(a.mention, b.mention);
  if (a.kind === 'number' && b.kind === 'number') return isRoutineNumberChange(a.mention, b.mention);
  return false;
}

/**
 * True when the newer paragraph differs from the older only by the yearly succession of a recurring text: with every
 * number and reference set aside, the words are the same (up to case and punctuation); and item by item, in order, each
 * is unchanged or its expected successor — a session or ordinal one up ("seventy-ninth" → "eightieth session", the
 * thirteenth → fourteenth Conference), a year one up, a later date, a count of years one up, a resolution or document
 * symbol of the next session with the same shape (78/66 → 79/77, A/79/414 → A/80/534); footnote marks, agenda item and
 * job numbers change freely. A deadline, a period, a percentage or another figure that changed is never routine.
 */
export function isRoutineChange(before: string, after: string, lexicons?: Lexicons): boolean {
  const older = items(before, lexicons);
  const newer = items(after, lexicons);
  if (older.length !== newer.length || older.length === 0) return false;
  if (skeleton(withoutYearMarks(before), older) !== skeleton(withoutYearMarks(after), newer)) return false;
  let changed = false;
  for (let k = 0; k < older.length; k++) {
    if (sameItem(older[k], newer[k])) continue;
    if (!isSuccession(older[k], newer[k])) return false;
    changed = true;
  }
  return changed;
}
