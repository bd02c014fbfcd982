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
 * job numbers change freely. A deadline, a period, a percentage or another figure that changed is never routine. A list
 * of earlier resolutions that gains the previous session's one is routine too (`listGrewBySuccessor`).
 */
export function isRoutineChange(before: string, after: string, lexicons?: Lexicons): boolean {
  const older = items(before, lexicons);
  const newer = items(after, lexicons);
  if (older.length === 0) return false;
  const olderSkeleton = skeleton(withoutYearMarks(before), older);
  const newerSkeleton = skeleton(withoutYearMarks(after), newer);
  if (older.length === newer.length && olderSkeleton === newerSkeleton) {
    let changed = false;
    for (let k = 0; k < older.length; k++) {
      if (sameItem(older[k], newer[k])) continue;
      if (!isSuccession(older[k], newer[k])) return false;
      changed = true;
    }
    return changed;
  }
  return newer.length > older.length && collapseLists(olderSkeleton) === collapseLists(newerSkeleton) && listGrewBySuccessor(older, newer);
}

/** A list of references, each with its date ("78/66 of 4 December 2023, 79/77 … and 80/70"), as one placeholder. */
function collapseLists(folded: string): string {
  return folded.replace(/(?:\u0001(?:resolution|decision|document)\u0001(?: of \u0001date\u0001)?(?: and| or)? ?)+/g, '\u0001list ').trim();
}

/**
 * The other yearly change of a recurring text: a list of earlier resolutions (or reports) that gains the previous
 * session's one ("… 76/106 and 77/98" → "… 76/106, 77/98 and 78/102 of 7 December 2023"). Routine when nothing was
 * removed, each reference added is one session after the latest of its kind and shape in the older list, the numbers
 * added are only the added references' dates, and any other number changed routinely.
 */
function listGrewBySuccessor(older: readonly Item[], newer: readonly Item[]): boolean {
  const referencesOf = (list: readonly Item[]) => list.flatMap((item) => (item.kind === 'reference' ? [item.mention] : []));
  const numbersOf = (list: readonly Item[]) => list.flatMap((item) => (item.kind === 'number' ? [item.mention] : []));
  const olderReferences = referencesOf(older);
  const newerKeys = new Set(referencesOf(newer).map((mention) => mention.key));
  if (olderReferences.some((mention) => !newerKeys.has(mention.key))) return false;
  const olderKeys = new Set(olderReferences.map((mention) => mention.key));
  const added = referencesOf(newer).filter((mention) => !olderKeys.has(mention.key));
  if (added.length === 0) return false;
  // A list of resolutions gains last year's resolution, not two of them (a list of reports may gain several).
  const resolutions = added.filter((mention) => mention.kind !== 'document');
  if (new Set(resolutions.map((mention) => `${mention.kind} ${mention.shape}`)).size !== resolutions.length) return false;
  for (const mention of added) {
    const sessions = olderReferences.filter((other) => other.kind === mention.kind && other.shape === mention.shape && other.session !== null).map((other) => other.session!);
    if (sessions.length === 0 || mention.session !== Math.max(...sessions) + 1) return false;
  }
  const olderNumbers = numbersOf(older);
  const newerNumbers = [...numbersOf(newer)];
  for (const number of olderNumbers) {
    const same = newerNumbers.findIndex((other) => other.text.toLowerCase() === number.text.toLowerCase());
    if (same >= 0) {
      newerNumbers.splice(same, 1);
      continue;
    }
    const successor = newerNumbers.findIndex((other) => isRoutineNumberChange(number, other));
    if (successor < 0) return false;
    newerNumbers.splice(successor, 1);
  }
  return newerNumbers.length <= added.length && newerNumbers.every((number) => number.category === 'date');
}
