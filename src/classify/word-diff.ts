// The word diff's base class alone: the package's index loads its patch, line, CSS and JSON diffs too (17 modules).
import Diff from 'diff/lib/diff/base.js';
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
 * - document symbols with at least one digit (`A/RES/79/237`, `E/CN.6/2024/L.3`, `S/2024/123`), a body's session in
 *   brackets included (`GC(68)/RES/11`: cut at the bracket it read `GC( [-68)/RES/8-]{+69)/RES/7+}`);
 * - numbers (see `NUMBER`).
 */
const ATOMS = [
  `${MONTH}\\s+\\d{1,2},\\s+\\d{4}`,
  `\\d{1,2}\\s+${MONTH}\\s+\\d{4}`,
  `(?:[Pp]aragraphs?|[Pp]aras?\\.|[Aa]rticles?|[Ss]ections?|[Rr]ules?|[Cc]hapters?|OP|PP|§§?|¶)\\s?${NUMBER}`,
  `\\p{Lu}{1,6}(?:\\.\\d+)?(?:\\(\\d{1,3}\\))?(?=[^\\s]*\\d)(?:/[\\p{L}\\p{N}]+(?:[.\\-][\\p{L}\\p{N}]+)*)+`,
  NUMBER,
];
/**
 * Word characters: jsdiff's (Latin letters with their diacritics, digits, the underscore, the soft hyphen and the
 * spacing modifier letters), and the letters, combining marks and digits of every script (`\\p{L}\\p{M}\\p{N}`). With
 * jsdiff's Latin class alone, any other letter was a token of its own: Russian "Мы отмечаем" → "Мы подчёркиваем" read
 * `Мы [-отмеч-]{+подчёркив+}аем`, and Arabic words were cut between letters (trial 16c, issue 19).
 */
const WORD_CHARS = 'a-zA-Z0-9_\\u{AD}\\u{C0}-\\u{D6}\\u{D8}-\\u{F6}\\u{F8}-\\u{2C6}\\u{2C8}-\\u{2D7}\\u{2DE}-\\u{2FF}\\u{1E00}-\\u{1EFF}\\p{L}\\p{M}\\p{N}';
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

/** The dashes and hyphens the surface form unifies (`normalize.ts`, `surfaceForm`): one character each, folded to `-`. */
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;
/** The single quotation marks and apostrophes the surface form unifies (`surfaceForm`): one character each, folded to `'`. */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;

/**
 * A token as the word diff compares it: its dashes folded to the hyphen, so "non‑proliferation" (with U+2011, the
 * non-breaking hyphen) and "non-proliferation" are one word (CTBT 79 PP 13 → 80 PP 14 read
 * `[-non-proliferation-]{+non‑proliferation+}`), and so are the hyphens of "12‑month" and "12-month" (FOMC, where the
 * mojibake repair gave U+2011). Apostrophes alike: "Committee’s" and "Committee's" (FOMC statements copied with curly
 * and straight ones read `Committee[-’-]{+'+}s`, trial 15c). Equal tokens show the newer text's characters (jsdiff
 * keeps the newer side's); one character each, so offsets are kept.
 */
export function wordDiffKey(token: string): string {
  const key = token.replace(DASHES, '-').replace(APOSTROPHES, "'");
  return letterFold ? key.replaceAll(letterFold.lost, letterFold.standIn) : key;
}

/**
 * The letter a text layer lost and the one its font writes in its place, for the pair being compared
 * (`classify/letter-fold.ts`), as code units; null for every other pair. Folded like a dash: "major" and "maoor" are one
 * token while it is set.
 */
let letterFold: { lost: string; standIn: string; lostUnit: number; standInUnit: number } | null = null;

/**
 * Run `compare` with the word diff reading `fold.lost` as `fold.standIn` (one pair's comparison: classify sets it around
 * the pair and no other pair is compared meanwhile, a comparison being synchronous). The remembered diffs and splits are
 * let go on the way in and out: they were made under another fold.
 */
export function withLetterFold<T>(fold: { lost: string; standIn: string } | null, compare: () => T): T {
  if (!fold) return compare();
  const outer = letterFold;
  letterFold = { ...fold, lostUnit: fold.lost.charCodeAt(0), standInUnit: fold.standIn.charCodeAt(0) };
  recentDiffs.clear();
  try {
    return compare();
  } finally {
    letterFold = outer;
    recentDiffs.clear();
  }
}

/** Whether a letter fold is set (`withLetterFold`): then an equal stretch of the word diff may differ in that letter, and counting letters proves nothing. */
export function isLetterFolded(): boolean {
  return letterFold !== null;
}

/** Whether two tokens are the same to the word diff: equal, or equal once their dashes and apostrophes are folded (`wordDiffKey`). */
export function sameToken(left: string, right: string): boolean {
  if (left === right) return true;
  if (left.length !== right.length) return false;
  // `wordDiffKey` of both compared code unit by code unit: each dash and apostrophe it folds is one code unit, so the
  // fold is per unit and no string is built (issue 21 session 16: the two replacements per comparison were 4 % of the
  // 10,000-paragraph report).
  for (let k = 0; k < left.length; k++) {
    const a = left.charCodeAt(k);
    const b = right.charCodeAt(k);
    if (a !== b && foldedUnit(a) !== foldedUnit(b)) return false;
  }
  return true;
}

/** One code unit as `wordDiffKey` folds it: a dash to `-`, an apostrophe to `'`, a lost letter to its stand-in (`withLetterFold`), any other unit itself. */
function foldedUnit(unit: number): number {
  if (letterFold && unit === letterFold.lostUnit) return letterFold.standInUnit;
  if (unit >= 0x2010 && unit <= 0x2015) return 0x2d;
  if (unit === 0x2212) return 0x2d;
  if (unit === 0x2018 || unit === 0x2019 || unit === 0x201a || unit === 0x201b || unit === 0x2032 || unit === 0x60 || unit === 0xb4) return 0x27;
  return unit;
}

/** jsdiff's `diffWordsWithSpace`, with numbers, dates, references and symbols kept whole (`wordDiffTokens`), dashes folded (`wordDiffKey`). */
class AtomicWordDiff extends Diff<string, string> {
  /** Tokens of texts just split by `wordDiff` (for its bound), handed to jsdiff rather than split again. */
  known = new Map<string, readonly string[]>();
  override tokenize(value: string): string[] {
    // jsdiff copies what this returns (`removeEmpty`) before reading it: a list `wordDiff` keeps is not changed.
    return (this.known.get(value) as string[] | undefined) ?? wordDiffTokens(value);
  }
  override equals(left: string, right: string): boolean {
    return sameToken(left, right);
  }
}
const atomicWordDiff = new AtomicWordDiff();

/**
 * Word-level diff from `before` to `after` (spaces are diffed too, so the equal and deleted parts rebuild the older
 * text exactly but for its dashes, which a token only the dash of differs by takes from the newer text, and the equal
 * and inserted parts rebuild the newer exactly; words, numbers, dates, paragraph references and document
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
  const [olderTokens, newerTokens] = [recentTokens(before), recentTokens(after)];
  let changes: ReturnType<typeof atomicWordDiff.diff> | undefined;
  // Past the budget for certain (`fewestEdits`): jsdiff would search every edit length up to the budget, then give up.
  if (fewestEdits(olderTokens, newerTokens) <= maxEditLength) {
    atomicWordDiff.known = new Map([[before, olderTokens], [after, newerTokens]]);
    try {
      changes = atomicWordDiff.diff(before, after, { maxEditLength });
    } finally {
      atomicWordDiff.known = new Map();
    }
  }
  if (recentDiffs.size >= RECENT_DIFFS) recentDiffs.delete(recentDiffs.keys().next().value as string);
  if (!changes) {
    recentDiffs.set(key, { gaveUpWithin: maxEditLength });
    return gaveUp(before, after);
  }
  const raw: DiffPart[] = changes.map((change) => ({ op: change.added ? 'insert' : change.removed ? 'delete' : 'equal', text: change.value }));
  const parts = cleanDiff(raw);
  // Myers finds the shortest edit: its length (tokens inserted and deleted) decides, for any budget, whether jsdiff gives up.
  const editLength = changes.reduce((sum, change) => sum + (change.added || change.removed ? (change.count ?? 0) : 0), 0);
  recentDiffs.set(key, { parts, editLength });
  return { parts: parts.map((part) => ({ ...part })), gaveUp: false };
}

/**
 * A lower bound of the shortest edit between two token lists (tokens inserted and deleted): a token kept is one of both
 * lists, so at most the smaller of its two counts is kept, and every other token is inserted or deleted. jsdiff's Myers
 * search finds the shortest edit, and gives up when it is longer than the budget: beyond this bound it would, and only
 * after trying every edit length up to the budget (the FOMC pair's word diffs that gave up, issue 21 session 12).
 */
export function fewestEdits(older: readonly string[], newer: readonly string[]): number {
  const counts = new Map<string, number>();
  // Keyed as the diff compares them (dashes folded): a bound over the raw tokens could exceed the true edit length.
  for (const token of older) {
    const key = wordDiffKey(token);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let kept = 0;
  for (const token of newer) {
    const key = wordDiffKey(token);
    const left = counts.get(key) ?? 0;
    if (left > 0) {
      kept++;
      counts.set(key, left - 1);
    }
  }
  return older.length + newer.length - 2 * kept;
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

/**
 * The tokens of the last texts split by `wordDiff`, read only (by `fewestEdits`, and by jsdiff, which copies them): the
 * routine rules diff one older text against each variant of the newer text they try (a stretch undone, a clause
 * dropped), and split it anew each time (issue 21 session 13). A function of the text, so a remembered list is the list.
 */
function recentTokens(text: string): readonly string[] {
  const known = recentSplits.get(text);
  if (known !== undefined) return known;
  const tokens = wordDiffTokens(text);
  if (recentSplits.size >= RECENT_SPLITS) recentSplits.clear();
  recentSplits.set(text, tokens);
  return tokens;
}
const recentSplits = new Map<string, readonly string[]>();
const RECENT_SPLITS = 64;

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
