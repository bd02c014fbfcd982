import { describe, expect, it } from 'vitest';
import { SHARED_MISSING } from '../helpers/paths.js';
import { CHEMICAL, TAX, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { lineAt, linesOf } from '../helpers/digest-lines.js';
import { joinPhrases, runLabel } from '../../src/report/digest-line.js';
import { memoLines } from '../../src/report/digest.js';


describe('a line\'s phrases are joined by one separator (joinPhrases)', () => {
  // Session 12 followed a phrase ending on its own `;` by a space only (`2021;; adds` read as a slip); trial 17-c D16
  // then read a quoted semicolon as a separator. A line one of whose phrases holds a semicolon is joined by ` · `.
  it('joins by " · " when a phrase holds a semicolon of its own', () => {
    expect(joinPhrases(['2021; and → 2021;', 'adds “Decision C-28/DEC.12”'])).toBe('2021; and → 2021; · adds “Decision C-28/DEC.12”');
    expect(joinPhrases(['activity has been expanding at a solid pace → growth has moderated somewhat', 'moderately; recent declines → moderately; declines', 'adds “and export growth has weakened”'])).toBe('activity has been expanding at a solid pace → growth has moderated somewhat · moderately; recent declines → moderately; declines · adds “and export growth has weakened”');
  });

  it('joins phrases that end otherwise with "; " as before (the same shape, a comma)', () => {
    expect(joinPhrases(['2021, and → 2021,', 'adds “Decision”', 'first → second'])).toBe('2021, and → 2021,; adds “Decision”; first → second');
  });
});

describe('the label of a run of new or dropped paragraphs (runLabel)', () => {
  it('names a paragraph and its own subparagraphs as such', () => {
    expect(runLabel(['OP 6', 'OP 6 (a)', 'OP 6 (b)', 'OP 6 (c)'])).toBe('OP 6 and its subparagraphs (a)–(c)');
    expect(runLabel(['I OP 13', 'I OP 13 (a)', 'I OP 13 (e)'])).toBe('I OP 13 and its subparagraphs (a)–(e)');
  });

  it('keeps "from to" for a run of several paragraphs (the same shape, the last a subparagraph of another)', () => {
    expect(runLabel(['OP 5', 'OP 6', 'OP 6 (a)', 'OP 6 (c)'])).toBe('OP 5 to OP 6 (c)');
    expect(runLabel(['PP 4', 'PP 5', 'PP 6', 'PP 7'])).toBe('PP 4 to PP 7');
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)(`digest lines of round 12 (${UN_SERIES_AVAILABLE ? 'reads ../shared/data/un-resolutions' : SHARED_MISSING})`, () => {
  it('never writes two separators in a row (Chemical weapons 78/29 → 79/56 OP 6 (c) → OP 9 (c), new OP 9 (d))', async () => {
    const lines = linesOf(await compareInSeries(CHEMICAL, 'A_RES_78_29.txt', 'A_RES_79_56.txt'));
    // Before: `(split): 2021; and → 2021;; adds “Decision C-28/DEC.12 …`. Since session 17 the split's seam (`2021; and →
    // 2021;`) is no piece at all (digest-lines17.test.ts); since align21 (trial 20-a D10) (d) is a new item, no split; since
    // fix21r its closing words, now (d)'s, are no drop of (c): (c) is editorial and has no line.
    expect(lines.filter((candidate) => candidate.text.startsWith('OP 6 (c) → OP 9 (c)'))).toEqual([]);
    expect(lineAt(lines, 'OP 9 (d)').text).toContain('new OP 9 (d): Decision C-28/DEC.12');
    expect(lines.filter((candidate) => candidate.text.includes(';;'))).toEqual([]);
  }, 60_000);

  it('folds a dropped paragraph and its subparagraphs as one (Tax 78/230 → 79/235 OP 6)', async () => {
    const lines = linesOf(await compareInSeries(TAX, 'A_RES_78_230.txt', 'A_RES_79_235.txt'));
    const memo = memoLines(lines);
    // Before: `dropped OP 6 to OP 6 (c) (4 paragraphs), the first: …`.
    expect(memo).toContain('dropped OP 6 and its subparagraphs (a)–(c) (4 paragraphs), the first: Requests the ad hoc intergovernmental committee, in elaborating the draft terms of reference for a framework convention:');
    expect(memo.some((line) => line.startsWith('dropped PP 6 to PP 32 (27 paragraphs)'))).toBe(true);
  }, 60_000);
});
