import type { DiffPart } from '../types.js';

/**
 * What an `unchanged` finding's texts differ in, when they differ at all: characters the normalizer unifies (dashes,
 * quotation marks, spacing, Unicode compatibility forms: `normalize.ts`). Its word diff holds the edits of the
 * characters it does not read alike (quotation marks); dashes it reads alike ("non-proliferation" and
 * "non\u2011proliferation", CTBT 79/77 → 80/70 PP 1, a non-breaking hyphen: `wordDiffKey`), so classify reads them from
 * the two texts. Every renderer shows the newer text, and these reasons say why it is unchanged (a data engineer's
 * test, session 14: 24 of 601 unchanged findings carried delete and insert parts and Word showed tracked changes).
 */
const CLASSES: ReadonlyArray<{ pattern: RegExp; reason: string }> = [
  { pattern: /[\-\u2010-\u2015\u2212\u00ad]/u, reason: 'typography: hyphen/dash characters differ' },
  { pattern: /['"`\u00ab\u00bb\u00b4\u2018-\u201f\u2032\u2033\u2039\u203a]/u, reason: 'typography: quotation marks differ' },
  { pattern: /[\s\u00a0\u200b\u2000-\u200a\u202f\u205f\u3000\ufeff]/u, reason: 'typography: spacing differs' },
];
const OTHER = 'typography: character forms differ';

/** The reasons, one per kind of character that differs (in the order of `CLASSES`, then any other); none when the diff has no edit. */
export function typographyReasons(diff: readonly DiffPart[]): string[] {
  // The characters written on one side and not the other (as multisets, over all edits).
  const counts = new Map<string, number>();
  for (const part of diff) {
    if (part.op === 'equal') continue;
    for (const character of part.text) counts.set(character, (counts.get(character) ?? 0) + (part.op === 'delete' ? 1 : -1));
  }
  const differing = [...counts].filter(([, count]) => count !== 0).map(([character]) => character);
  if (differing.length === 0) return diff.some((part) => part.op !== 'equal') ? [OTHER] : [];
  const reasons = CLASSES.filter(({ pattern }) => differing.some((character) => pattern.test(character))).map(({ reason }) => reason);
  if (differing.some((character) => !CLASSES.some(({ pattern }) => pattern.test(character)))) reasons.push(OTHER);
  return reasons;
}
