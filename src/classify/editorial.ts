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

function compact(folded: string): string {
  return folded.replace(/\s+/g, '');
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
