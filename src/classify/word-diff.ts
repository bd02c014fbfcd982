import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from '../types.js';

/** A word diff, and whether it gave up on the edit budget (then it is "delete all, insert all"). */
export interface WordDiff {
  parts: DiffPart[];
  gaveUp: boolean;
}

/**
 * Word-level diff from `before` to `after` (jsdiff's `diffWordsWithSpace`: words are never cut in half, and spaces
 * are diffed too, so the equal and deleted parts rebuild the older text exactly and the equal and inserted parts the
 * newer), bounded by
 * `maxEditLength` so two unrelated pages cannot take seconds. The result is cleaned for reading: runs of one operation
 * are merged, deletions come before insertions, and an equal stretch of only spaces or one short word between two
 * changes is folded into them, so "we [-fully-] support" does not read as five fragments.
 */
export function wordDiff(before: string, after: string, maxEditLength: number): WordDiff {
  if (before === after) return { parts: before ? [{ op: 'equal', text: before }] : [], gaveUp: false };
  const changes = diffWordsWithSpace(before, after, { maxEditLength });
  if (!changes) {
    const parts: DiffPart[] = [];
    if (before) parts.push({ op: 'delete', text: before });
    if (after) parts.push({ op: 'insert', text: after });
    return { parts, gaveUp: true };
  }
  const raw: DiffPart[] = changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
  return { parts: cleanDiff(raw), gaveUp: false };
}

/** Merge, reorder and absorb trivial equal runs between changes (see `wordDiff`). */
export function cleanDiff(parts: DiffPart[]): DiffPart[] {
  // Absorb an equal run that is only white space or one word of ≤ 3 letters when changes stand on both sides.
  const absorbed: DiffPart[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const between = i > 0 && i < parts.length - 1 && parts[i - 1].op !== 'equal' && parts[i + 1].op !== 'equal';
    if (part.op === 'equal' && between && /^\s*\S{0,3}\s*$/.test(part.text)) {
      absorbed.push({ op: 'delete', text: part.text }, { op: 'insert', text: part.text });
    } else {
      absorbed.push(part);
    }
  }
  // Group each run of changes between equal parts: all deletions first, then all insertions.
  const out: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  const flush = (): void => {
    if (deleted) out.push({ op: 'delete', text: deleted });
    if (inserted) out.push({ op: 'insert', text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const part of absorbed) {
    if (part.op === 'delete') deleted += part.text;
    else if (part.op === 'insert') inserted += part.text;
    else {
      flush();
      const last = out[out.length - 1];
      if (last && last.op === 'equal') last.text += part.text;
      else out.push({ ...part });
    }
  }
  flush();
  return out;
}
