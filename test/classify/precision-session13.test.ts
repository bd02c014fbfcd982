import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repeatedWordingReasons } from '../../src/classify/editorial.js';
import { recalledListCondensed, routineReasons } from '../../src/classify/routine.js';
import { commitmentShift, mergedClauseShifts } from '../../src/classify/signals/commitment.js';
import { wordDiff } from '../../src/classify/word-diff.js';
import { normalizeParagraph } from '../../src/normalize/normalize.js';
import { compareTexts } from '../../src/pipeline.js';
import type { Finding, RedlineResult } from '../../src/types.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { AGRICULTURE, DEBT, RIGHT_TO_DEVELOPMENT, UN_SERIES, UN_SERIES_AVAILABLE as available, compareInSeries, findingAt, isSubstantive, paragraphs } from '../helpers/un-series.js';

/**
 * Session 13: findings a desk officer read wrong in five Second and Third Committee series (redline #19, #23): commitment
 * shifts missed (a declaration recalled, then only noted; a recognition merged into a later clause as a note), an
 * editorial row carrying a hedge, routine yearly changes read as negotiated (a rotating presidency's list, an
 * anniversary's paragraph with its call to implement, a report cited by symbol then by its author), and a recalled list
 * condensed into "its previous resolutions" shown as dropped and new. Each on its real pair, with a counter-case of the
 * same shape that stays as it was.
 */

const skipNote = available ? '' : SHARED_MISSING;
const tokens = (text: string): string[] => normalizeParagraph(text).tokens;
const summaryOf = (before: string, after: string): string | null => commitmentShift(tokens(before), tokens(after))?.summary ?? null;
const summaries = (finding: Finding): string[] => finding.signals.map((signal) => signal.summary);
/** The finding holding the older text's paragraph labelled `label`. */
const olderFindingAt = (result: RedlineResult, label: string): Finding => {
  const [left] = result.documents;
  const finding = result.comparisons[0].findings.find((candidate) => candidate.left.some((index) => left.paragraphs[index].label === label));
  if (!finding) throw new Error(`no finding of ${label}`);
  return finding;
};

describe('a thing recalled, then only noted', () => {
  it.skipIf(!available)(`Agriculture 79/227 → 80/157 PP 43 → PP 37: the UAE Declaration recalled, then noted: commitment weakened${skipNote}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const finding = findingAt(result, 'PP 37');
    expect(isSubstantive(finding)).toBe(true);
    expect(summaries(finding)).toContain('commitment weakened: recall → note');
    const [before, after] = paragraphs(result, 'PP 43', 'PP 37');
    expect(summaryOf(before, after)).toBe('commitment weakened: recall → note');
    // Counter-cases: the other way is a record aged ("Noting" → "Recalling"); another object recalled and noted (the
    // next elections: an event moved on); "Taking note of" as the newer verb of the same object still weakens.
    expect(summaryOf(after, before)).toBeNull();
    expect(summaryOf('Recalling the elections in the Territory that were held in November 2019,', 'Noting the elections in the Territory that were held in October 2024,')).toBeNull();
    expect(summaryOf(before, after.replace(/^Noting/, 'Taking note of'))).toBe('commitment weakened: recall → take note');
  });
});

describe('a paragraph merged into a later clause with a weaker verb', () => {
  it.skipIf(!available)(`Agriculture 79/227 → 80/157 OP 41 + OP 42 → OP 40: "Also recognizes that the food systems of Indigenous Peoples …" → "…, and notes that …"${skipNote}`, async () => {
    const result = await compareInSeries(AGRICULTURE, 'A_RES_79_227.txt', 'A_RES_80_157.txt');
    const finding = findingAt(result, 'OP 40');
    expect(finding.kind).toBe('merged');
    expect(summaries(finding)).toContain('commitment weakened: recognize → note');
    const [first, merged] = paragraphs(result, 'OP 41', 'OP 40');
    const [second] = paragraphs(result, 'OP 42', 'OP 40');
    // Counter-cases: the same verb in the clause ("and also recognizes that"); the clause not joined by "and" (a
    // relative clause of the first paragraph holding the words, no verb of its own).
    expect(mergedClauseShifts([tokens(first), tokens(second)], tokens(merged)).map((signal) => signal.summary)).toEqual(['commitment weakened: recognize → note']);
    expect(mergedClauseShifts([tokens(first), tokens(second)], tokens(merged.replace('and notes that', 'and also recognizes that')))).toEqual([]);
    expect(mergedClauseShifts([tokens(first), tokens(second)], tokens(merged.replace(', and notes that the food systems', ', noting that the food systems')))).toEqual([]);
  });
});

describe('an editorial row carries no position shift', () => {
  it.skipIf(!available)(`Right to development 79/170 → 80/207 PP 1: the Charter "expresses, in particular, / inter alia, the determination …": editorial, no hedge${skipNote}`, async () => {
    const result = await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_79_170.txt', 'A_RES_80_207.txt');
    const finding = findingAt(result, 'PP 1');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['editorial style: in particular → inter alia']);
    expect(finding.signals).toEqual([]);
    // Counter-case: "inter alia" put where nothing stood (no editorial synonym swapped) is not editorial and stays a hedge.
    const [before, after] = paragraphs(result, 'PP 1', 'PP 1');
    const added = await compareTexts(before.replace('expresses, in particular,', 'expresses'), after);
    const counter = added.comparisons[0].findings.find((candidate) => candidate.kind === 'modified')!;
    expect(counter.editorial).toBe(false);
    expect(summaries(counter)).toContain('hedge added, weakened: inter alia');
  });
});

describe("a rotating presidency's list gained the latest presidency", () => {
  it.skipIf(!available)(`External debt 78/137 → 79/197 OP 23: "Indonesia and India" → "Indonesia, India and Brazil": routine${skipNote}`, async () => {
    const result = await compareInSeries(DEBT, 'A_RES_78_137.txt', 'A_RES_79_197.txt');
    const finding = findingAt(result, 'OP 23');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(["a rotating presidency's list gained the latest presidency: Saudi Arabia, Italy, Indonesia and India → Saudi Arabia, Italy, Indonesia, India and Brazil"]);
    const [before, after] = paragraphs(result, 'OP 23', 'OP 23');
    // Counter-cases: a presidency dropped from the list; one put in its middle; the list in a clause that urges.
    expect(routineReasons(before, after.replace('Italy, ', ''))).toEqual([]);
    expect(routineReasons(before, after.replace('Italy, Indonesia, India and Brazil', 'Italy, Brazil, Indonesia and India'))).toEqual([]);
    const urging = (text: string): string => text.replace(/^Recognizes with appreciation the steps taken/, 'Urges further steps');
    expect(routineReasons(urging(before), urging(after))).toEqual([]);
  });

  it.skipIf(!available)(`External debt 79/197 → 80/123 OP 23 → OP 25: "…, India and Brazil" → "…, Brazil and South Africa" beside a dropped clause: that clause is the one change${skipNote}`, async () => {
    const result = await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt');
    const finding = findingAt(result, 'OP 25');
    expect(isSubstantive(finding)).toBe(true);
    expect(finding.change?.before).toMatch(/^while recognizing that delays in the implementation of the Common Framework/);
    expect(finding.reasons?.[0]).toMatch(/^a rotating presidency's list gained the latest presidency: /);
  });
});

describe("an anniversary's record dropped with its call to implement what it commemorates", () => {
  it.skipIf(!available)(`Right to development 78/203 → 79/170 dropped PP 8: the 2023 anniversaries of the Vienna Declaration and the Universal Declaration: routine${skipNote}`, async () => {
    const result = await compareInSeries(RIGHT_TO_DEVELOPMENT, 'A_RES_78_203.txt', 'A_RES_79_170.txt');
    const finding = olderFindingAt(result, 'PP 8');
    expect(finding.kind).toBe('dropped');
    expect(finding.routine).toBe(true);
    expect(finding.reasons?.[0]).toMatch(/^an anniversary passed, no longer marked, with its call to implement what it commemorates: Welcoming, in this regard, that 25 June 2023/);
  });

  it.skipIf(!available)(`counter-cases: a call on someone else, or the commemorated instrument no longer named, stays a finding${skipNote}`, async () => {
    const [older, newer] = ['A_RES_78_203.txt', 'A_RES_79_170.txt'].map((file) => readFileSync(join(UN_SERIES, RIGHT_TO_DEVELOPMENT, file), 'utf8'));
    const tail = /and stressing the need to further\s+strengthen/;
    expect(older).toMatch(tail);
    const droppedPp8 = async (olderText: string, newerText: string): Promise<Finding> => olderFindingAt(await compareTexts(olderText, newerText), 'PP 8');
    expect((await droppedPp8(older, newer)).routine).toBe(true);
    expect((await droppedPp8(older.replace(tail, 'and urging States to further strengthen'), newer)).routine).toBe(false);
    expect((await droppedPp8(older, newer.replace(/Vienna\s+Declaration/g, 'Vienna Statement'))).routine).toBe(false);
  });
});

describe('a report cited by its symbol, then by its author', () => {
  it.skipIf(!available)(`External debt 79/197 → 80/123 OP 43 → OP 50: "contained in report A/79/209" → "contained in its report": editorial${skipNote}`, async () => {
    const result = await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt');
    const finding = findingAt(result, 'OP 50');
    expect(finding.editorial).toBe(true);
    expect(finding.reasons).toEqual(['a report cited by its author, not its symbol: report A/79/209 → its report']);
    // Counter-cases: another document named for it ("its resolution"); no author named before "its" for it to stand for.
    const [before, after] = paragraphs(result, 'OP 43', 'OP 50');
    const reasons = (older: string, newer: string) => repeatedWordingReasons(wordDiff(older, newer, 10_000).parts, older, newer);
    expect(reasons(before, after.replace('its report', 'its resolution'))).toBeNull();
    const unnamed = (text: string): string => text.replace('policy recommendations of the United Nations Conference on Trade and Development contained', 'policy recommendations contained');
    expect(reasons(unnamed(before), unnamed(after))).toBeNull();
  });
});

describe('a recalled list condensed into "its previous resolutions"', () => {
  it.skipIf(!available)(`External debt 79/197 → 80/123 PP 1: 21 resolutions by symbol → "its resolution 79/197 … and its previous resolutions": one routine finding, no reference removed${skipNote}`, async () => {
    const result = await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt');
    const finding = findingAt(result, 'PP 1');
    expect(finding.kind).toBe('modified');
    expect(finding.routine).toBe(true);
    expect(finding.reasons).toEqual(['a list of recalled resolutions condensed: 58/203 … 78/137 (21) → its previous resolutions', 'the previous version cited: 79/197']);
    expect(finding.signals).toEqual([]);
    expect(olderFindingAt(result, 'PP 1')).toBe(finding);
    const [before, after] = paragraphs(result, 'PP 1', 'PP 1');
    const title = 'External debt sustainability and development';
    // Counter-cases: some resolutions kept by symbol; a stance added on them; another subject named; a resolution of a later session.
    expect(recalledListCondensed(before, after, '79/197', title)).not.toBeNull();
    expect(recalledListCondensed(before, after.replace('79/197 of 19 December 2024', '79/197 of 19 December 2024, 77/153 of 14 December 2022'), '79/197', title)).toBeNull();
    expect(recalledListCondensed(before, after.replace('previous resolutions', 'previous resolutions, which remain unimplemented,'), '79/197', title)).toBeNull();
    expect(recalledListCondensed(before, after.replace('on external debt sustainability and development', 'on debt relief'), '79/197', title)).toBeNull();
    expect(recalledListCondensed(before, after.replace('79/197 of 19 December 2024', '80/1 of 1 October 2025'), '79/197', title)).toBeNull();
  });

  const filler = ['Noting the work of the United Nations in this area,', 'Requests the Secretary-General to report to the Assembly at its next session.'];
  const textOf = (first: string): string => [first, ...filler].join('\n\n');
  const kinds = (result: RedlineResult): string[] => result.comparisons[0].findings.map((finding) => finding.kind).filter((kind) => kind !== 'unchanged').sort();
  it.skipIf(!available)(`pairs the recalled list with its condensed form; counter-cases: another opening verb, a list not condensed${skipNote}`, async () => {
    const [list, condensed] = paragraphs(await compareInSeries(DEBT, 'A_RES_79_197.txt', 'A_RES_80_123.txt'), 'PP 1', 'PP 1');
    expect(kinds(await compareTexts(textOf(list), textOf(condensed)))).toEqual(['modified']);
    expect(kinds(await compareTexts(textOf(list), textOf(condensed.replace(/^Recalling/, 'Reaffirming'))))).toEqual(['dropped', 'new']);
    expect(kinds(await compareTexts(textOf(list), textOf(condensed.replace('and its previous resolutions', 'and its resolution 79/1'))))).toEqual(['dropped', 'new']);
  });
});
