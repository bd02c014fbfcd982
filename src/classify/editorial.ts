import type { DiffPart } from '../types.js';

/**
 * Editorial edits: what a copy editor changes and a negotiator never asks for. Two paragraphs differ only editorially when
 * their folded forms (words lowercased, punctuation dropped, British spelling and the field's abbreviations folded, see
 * `normalize/`) are equal once the spaces between words are set aside too: a compound written open, hyphenated or closed
 * (`health care` → `healthcare`, `non-communicable` → `noncommunicable`, `multi-hazard` → `multihazard`) is one word
 * spelt three ways, as the United Nations editorial style moves from one to another.
 */
export function isEditorialChange(foldedBefore: string, foldedAfter: string): boolean {
  return foldedBefore === foldedAfter || compact(foldedBefore) === compact(foldedAfter);
}

/** The folded words without spaces and without the definite article ("in least developed countries" → "in the …"). */
function compact(folded: string): string {
  return folded.replace(/(?:^| )the(?= |$)/g, '').replace(/\s+/g, '');
}

/** Words a repeated wording must have: shorter stretches ("and", "in this regard") are wording, not a name. */
const REPEATED_WORDS = 3;

/**
 * A name or phrase given in full elsewhere in the same paragraph, dropped where it is repeated ("the Special Rapporteur[-
 * on the situation of human rights in …-]") or written out again: editorial when every changed stretch of the word diff
 * is such a deletion or insertion. Returns the reasons, or null.
 */
export function repeatedWordingReasons(diff: readonly DiffPart[], before: string, after: string): string[] | null {
  const changed = diff.filter((part) => part.op !== 'equal');
  if (changed.length === 0) return null;
  const reasons: string[] = [];
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    const next = diff[k + 1];
    if (next && next.op !== 'equal' && next.op !== part.op) return null;
    const words = part.text.trim();
    if (words.split(/\s+/).length < REPEATED_WORDS) return null;
    // A deletion still spelt out in the newer text; an insertion the older text already spelt out.
    const elsewhere = part.op === 'delete' ? after : before;
    if (!elsewhere.includes(words)) return null;
    reasons.push(`${part.op === 'delete' ? 'wording given in full elsewhere in the paragraph, not repeated' : 'wording given in full elsewhere in the paragraph, repeated'}: ${words}`);
  }
  return reasons;
}

/** The kinds of editorial edit, in the order they are tried on each changed stretch of the word diff. */
const KINDS: ReadonlyArray<{ reason: string; same: (before: string, after: string) => boolean }> = [
  { reason: 'case', same: (before, after) => before.toLowerCase() === after.toLowerCase() },
  { reason: 'compound spelling', same: (before, after) => letters(before, '') === letters(after, '') && /[\s\-\u2010-\u2015]/.test(before + after) },
  { reason: 'punctuation', same: (before, after) => letters(before, ' ') === letters(after, ' ') },
];

/** The letters and digits of a text, lowercased, runs of anything else replaced by `gap`. */
function letters(text: string, gap: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, gap).trim();
}

/**
 * Why an editorial finding is editorial: one line per changed stretch of its word diff, naming the kind of edit and the
 * words (`compound spelling: health care → healthcare`, `case: parties → Parties`, `punctuation: ; → ,`), and
 * `spelling` for the rest (British/American spelling, an abbreviation written out). Repeated lines are given once.
 */
export function editorialReasons(diff: readonly DiffPart[]): string[] {
  const reasons: string[] = [];
  for (let k = 0; k < diff.length; k++) {
    const part = diff[k];
    if (part.op === 'equal') continue;
    let before = '';
    let after = '';
    if (part.op === 'delete') {
      before = part.text;
      if (diff[k + 1]?.op === 'insert') after = diff[++k].text;
    } else {
      after = part.text;
    }
    const kind = KINDS.find((candidate) => candidate.same(before, after))?.reason ?? 'spelling';
    const words = `${show(before)} → ${show(after)}`;
    const line = `${kind}: ${words}`;
    if (!reasons.includes(line)) reasons.push(line);
  }
  return reasons;
}

function show(text: string): string {
  const trimmed = text.trim();
  return trimmed === '' ? '∅' : trimmed;
}
