import type { DiffPart } from '../types.js';

/** A word diff, and whether it gave up on the edit budget (then it is "delete all, insert all"). */
export interface WordDiff {
  parts: DiffPart[];
  gaveUp: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/** A number: digits with decimal, thousands, ratio or fraction marks (`1,000.5`, `1/4`, `3.2.1`), ranges and mixed fractions joined by any hyphen or dash (`1-1/4`, `2008-10-29`, `1‑1/2`), an ordinal or plural suffix (`12th`, `1990s`), a per cent sign and sub-paragraph letters (`12(a)`). */
const NUMBER = '[$€£¥]?\\d+(?:[.,:/]\\d+)*(?:[-\u2010\u2011\u2012\u2013]\\d+(?:[.,:/]\\d+)*)*(?:st|nd|rd|th|s)?%?(?:\\([a-z0-9]{1,4}\\))*(?![\\p{L}\\p{N}])';
/**
 * The atoms of a word diff, tried before words: a token here is never cut, so "1 percent" → "1/4 percent" cannot
 * read as an unchanged `1` followed by an inserted `/4`.
 * - dates written out (`October 29, 2008`, `29 October 2008`);
 * - paragraph and article references (`paragraph 12`, `para. 3(b)`, `§ 4`, `¶ 7`, `OP 5`);
 * - document symbols with at least one digit (`A/RES/79/237`, `E/CN.6/2024/L.3`, `S/2024/123`);
 * - numbers (see `NUMBER`).
 */
const ATOMS = [
  `${MONTH}\\s+\\d{1,2},\\s+\\d{4}`,
  `\\d{1,2}\\s+${MONTH}\\s+\\d{4}`,
  `(?:[Pp]aragraphs?|[Pp]aras?\\.|[Aa]rticles?|[Ss]ections?|[Rr]ules?|[Cc]hapters?|OP|PP|§§?|¶)\\s?${NUMBER}`,
  `\\p{Lu}{1,6}(?:\\.\\d+)?(?=[^\\s]*\\d)(?:/[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*)+`,
  NUMBER,
];
// The same word characters as jsdiff's word diffs: Latin letters with their diacritics, digits and the underscore.
const WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}';
/**
 * A word: word characters, with the hyphens inside a compound (`re-engagement`, `sixty-third`, `COVID-19`): a compound
 * is one word of the text, and cut at its hyphen it read as `re- → continued` for "the re-engagement" → "the continued
 * engagement", or `third → fourth` for "sixty-third" → "sixty-fourth". A hyphen at a word's edge (`well- and`) stays apart.
 */
const WORD = `[${WORD_CHARS}]+(?:[-\\u2010\\u2011][${WORD_CHARS}]+)*`;
/** One token: an atom, a line break, a word, a run of spaces, or any other single character (punctuation). */
const TOKEN = new RegExp(`(?:${ATOMS.join('|')})|\\r?\\n|${WORD}|[^\\S\\n\\r]+|[^${WORD_CHARS}]`, 'gu');

/** Split a text into word-diff tokens (see `TOKEN`); the tokens joined are the text again. */
export function wordDiffTokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** One run of a word diff as jsdiff reports it: tokens kept, added or removed, their number and their text. */
export interface TokenChange {
  value: string;
  count: number;
  added: boolean;
  removed: boolean;
}

/** A component kind of the edit path: tokens kept, added (from the newer text) or removed (from the older). */
const KEPT = 0;
const ADDED = 1;
const REMOVED = 2;

/**
 * jsdiff's `diffWordsWithSpace` over `wordDiffTokens`: the same Myers search as jsdiff 9's `Diff.diffWithOptionsObj`, step
 * for step (the same diagonal chosen at each edit, the same pruning at the edges of the edit graph, the same budget), so
 * the same changes. Why not jsdiff itself: it keeps one object per path per edit, on an array indexed by negative
 * diagonals and compares tokens as strings; here tokens are numbers, the paths two typed arrays, and the runs of the path
 * a pool of numbers: a third of the FOMC report's classification was jsdiff (issue 21). `undefined` when the shortest
 * edit is longer than `maxEditLength` tokens inserted and deleted. The property test against jsdiff is in
 * `test/classify/word-diff-myers.test.ts`.
 */
export function wordChanges(before: string, after: string, maxEditLength: number): TokenChange[] | undefined {
  return tokenChanges(wordDiffTokens(before), wordDiffTokens(after), maxEditLength);
}

/** `wordChanges` on tokens already cut (see there). */
export function tokenChanges(oldTokens: readonly string[], newTokens: readonly string[], maxEditLength: number): TokenChange[] | undefined {
  const ids = new Map<string, number>();
  const idsOf = (tokens: readonly string[]): Int32Array => {
    const out = new Int32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = ids.get(tokens[i]);
      if (id === undefined) {
        id = ids.size;
        ids.set(tokens[i], id);
      }
      out[i] = id;
    }
    return out;
  };
  const oldIds = idsOf(oldTokens);
  const newIds = idsOf(newTokens);
  const oldLen = oldIds.length;
  const newLen = newIds.length;
  const budget = Math.min(newLen + oldLen, maxEditLength);
  // The runs of every path, a linked list through `runPrevious` (-1 ends it); a run is never changed once made.
  const runCount: number[] = [];
  const runKind: number[] = [];
  const runPrevious: number[] = [];
  const newRun = (count: number, kind: number, previous: number): number => {
    runCount.push(count);
    runKind.push(kind);
    runPrevious.push(previous);
    return runCount.length - 1;
  };
  // The best path on each diagonal (offset so that diagonal -budget-1 is index 0): its position in the older text and
  // its last run; `hasPath` 0 where jsdiff's array holds no path.
  const offset = Math.max(budget, 0) + 2;
  const pathOldPos = new Int32Array(2 * offset + 1);
  const pathLast = new Int32Array(2 * offset + 1);
  const hasPath = new Uint8Array(2 * offset + 1);
  // Follow the diagonal from the path on `diagonal` while the tokens are equal; returns the position in the newer text.
  const extractCommon = (diagonal: number): number => {
    const at = diagonal + offset;
    let oldPos = pathOldPos[at];
    let newPos = oldPos - diagonal;
    let common = 0;
    while (newPos + 1 < newLen && oldPos + 1 < oldLen && oldIds[oldPos + 1] === newIds[newPos + 1]) {
      newPos++;
      oldPos++;
      common++;
    }
    if (common) pathLast[at] = newRun(common, KEPT, pathLast[at]);
    pathOldPos[at] = oldPos;
    return newPos;
  };
  const build = (last: number): TokenChange[] => {
    const order: number[] = [];
    for (let run = last; run !== -1; run = runPrevious[run]) order.push(run);
    order.reverse();
    const changes: TokenChange[] = [];
    let newPos = 0;
    let oldPos = 0;
    for (const run of order) {
      const count = runCount[run];
      const kind = runKind[run];
      if (kind !== REMOVED) {
        changes.push({ count, added: kind === ADDED, removed: false, value: newTokens.slice(newPos, newPos + count).join('') });
        newPos += count;
        if (kind !== ADDED) oldPos += count;
      } else {
        changes.push({ count, added: false, removed: true, value: oldTokens.slice(oldPos, oldPos + count).join('') });
        oldPos += count;
      }
    }
    return changes;
  };
  pathOldPos[offset] = -1;
  pathLast[offset] = -1;
  hasPath[offset] = 1;
  let newPos = extractCommon(0);
  if (pathOldPos[offset] + 1 >= oldLen && newPos + 1 >= newLen) return build(pathLast[offset]);
  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= budget; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const removeAt = diagonal - 1 + offset;
      const addAt = diagonal + 1 + offset;
      const at = diagonal + offset;
      const hasRemove = hasPath[removeAt] === 1;
      const hasAdd = hasPath[addAt] === 1;
      const removeOldPos = pathOldPos[removeAt];
      const removeLast = pathLast[removeAt];
      if (hasRemove) hasPath[removeAt] = 0;
      let canAdd = false;
      if (hasAdd) {
        const addNewPos = pathOldPos[addAt] - diagonal;
        canAdd = 0 <= addNewPos && addNewPos < newLen;
      }
      const canRemove = hasRemove && removeOldPos + 1 < oldLen;
      if (!canAdd && !canRemove) {
        hasPath[at] = 0;
        continue;
      }
      // Branch from the path farthest into the older text that stays inside the edit graph (jsdiff's choice).
      let fromOldPos: number;
      let fromLast: number;
      let kind: number;
      if (!canRemove || (canAdd && removeOldPos < pathOldPos[addAt])) {
        fromOldPos = pathOldPos[addAt];
        fromLast = pathLast[addAt];
        kind = ADDED;
      } else {
        fromOldPos = removeOldPos + 1;
        fromLast = removeLast;
        kind = REMOVED;
      }
      pathOldPos[at] = fromOldPos;
      pathLast[at] = fromLast !== -1 && runKind[fromLast] === kind ? newRun(runCount[fromLast] + 1, kind, runPrevious[fromLast]) : newRun(1, kind, fromLast);
      hasPath[at] = 1;
      newPos = extractCommon(diagonal);
      if (pathOldPos[at] + 1 >= oldLen && newPos + 1 >= newLen) return build(pathLast[at]);
      if (pathOldPos[at] + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return undefined;
}

/**
 * Word-level diff from `before` to `after` (spaces are diffed too, so the equal and deleted parts rebuild the older
 * text exactly and the equal and inserted parts the newer; words, numbers, dates, paragraph references and document
 * symbols are never cut in half: `wordDiffTokens`), bounded by
 * `maxEditLength` so two unrelated pages cannot take seconds. The result is cleaned for reading: runs of one operation
 * are merged, deletions come before insertions, and an equal stretch of only spaces or one short word between two
 * changes is folded into them, so "we [-fully-] support" does not read as five fragments.
 */
export function wordDiff(before: string, after: string, maxEditLength: number): WordDiff {
  if (before === after) return { parts: before ? [{ op: 'equal', text: before }] : [], gaveUp: false };
  const key = `${before}\u0000${after}`;
  const known = recentDiffs.get(key);
  if (known && 'editLength' in known && known.editLength <= maxEditLength) return { parts: known.parts.map((part) => ({ ...part })), gaveUp: false };
  if (known && ('editLength' in known ? known.editLength > maxEditLength : known.gaveUpWithin >= maxEditLength)) return gaveUp(before, after);
  const changes = wordChanges(before, after, maxEditLength);
  if (recentDiffs.size >= RECENT_DIFFS) recentDiffs.delete(recentDiffs.keys().next().value as string);
  if (!changes) {
    recentDiffs.set(key, { gaveUpWithin: maxEditLength });
    return gaveUp(before, after);
  }
  const raw: DiffPart[] = changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
  const parts = cleanDiff(raw);
  // Myers finds the shortest edit: its length (tokens inserted and deleted) decides, for any budget, whether jsdiff gives up.
  const editLength = changes.reduce((sum, change) => sum + (change.added || change.removed ? change.count : 0), 0);
  recentDiffs.set(key, { parts, editLength });
  return { parts: parts.map((part) => ({ ...part })), gaveUp: false };
}

function gaveUp(before: string, after: string): WordDiff {
  const parts: DiffPart[] = [];
  if (before) parts.push({ op: 'delete', text: before });
  if (after) parts.push({ op: 'insert', text: after });
  return { parts, gaveUp: true };
}

/**
 * The word diffs of the last few pairs of texts, whatever budget they were asked with: the routine rules ask for the same
 * finding's diff again and again, clause by clause and rule by rule (a third of the Agriculture pair's time, issue 21).
 * A diff that gave up under one budget gives up under any smaller one; one found is the same under any budget at least its
 * edit length. Kept small (the last pairs asked for) so memory does not grow with the document.
 */
const recentDiffs = new Map<string, { parts: DiffPart[]; editLength: number } | { gaveUpWithin: number }>();
const RECENT_DIFFS = 256;

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
