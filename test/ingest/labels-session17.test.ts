import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText } from '../../src/ingest/load-document.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { DPRK, MYANMAR, UN_SERIES, UN_SERIES_AVAILABLE, compareInSeries } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 17 b, D1 and D2: a page break that cut a preambular paragraph after a comma (A/RES/79/182 PP 3, "…46/21 of
 * 24 March 2021,10" / "S-29/1 of 12 February 2021, …") made a paragraph of its own, and "(l)" after "(k)" was read as
 * a roman item under (k) ("OP 20 (k) (l)").
 */
if (!UN_SERIES_AVAILABLE) console.warn(SHARED_MISSING);

const labelsOf = (text: string): (string | null | undefined)[] => documentFromText(text, { path: 'r.md' }).paragraphs.map((paragraph) => paragraph.label);

describe('sub-paragraph letters that are also roman numerals: the previous sibling decides', () => {
  const list = (items: string[]): string => ['The General Assembly,', 'Noting the report,', '1. Urges the Government:', ...items, '2. Decides to remain seized of the matter.'].join('\n\n');
  const letters = 'abcdefghijkl'.split('').map((letter) => `(${letter}) To act on ${letter};`);

  it('"(i)" after "(h)" and "(l)" after "(k)" are letters', () => {
    expect(labelsOf(list(letters)).slice(3, 15)).toEqual(['OP 1 (a)', 'OP 1 (b)', 'OP 1 (c)', 'OP 1 (d)', 'OP 1 (e)', 'OP 1 (f)', 'OP 1 (g)', 'OP 1 (h)', 'OP 1 (i)', 'OP 1 (j)', 'OP 1 (k)', 'OP 1 (l)']);
  });

  it('a roman list under a letter stays roman, "(v)" after "(iv)" and "(x)" after "(ix)" included, and the next letter follows it', () => {
    const romans = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi'].map((numeral) => `(${numeral}) item ${numeral};`);
    expect(labelsOf(list(['(a) To end:', ...romans, '(b) To report;'])).slice(3, 16)).toEqual([
      'OP 1 (a)', 'OP 1 (a) (i)', 'OP 1 (a) (ii)', 'OP 1 (a) (iii)', 'OP 1 (a) (iv)', 'OP 1 (a) (v)', 'OP 1 (a) (vi)', 'OP 1 (a) (vii)',
      'OP 1 (a) (viii)', 'OP 1 (a) (ix)', 'OP 1 (a) (x)', 'OP 1 (a) (xi)', 'OP 1 (b)',
    ]);
    // Under (u), "(v)" after "(iv)" is roman; under (k) with no roman item, "(l)" is the next letter.
    const underU = labelsOf(list([...'abcdefghijklmnopqrstu'.split('').map((letter) => `(${letter}) To act on ${letter};`), '(i) one;', '(ii) two;', '(iii) three;', '(iv) four;', '(v) five;', '(v) To act on v;']));
    expect(underU.slice(-7, -1)).toEqual(['OP 1 (u) (i)', 'OP 1 (u) (ii)', 'OP 1 (u) (iii)', 'OP 1 (u) (iv)', 'OP 1 (u) (v)', 'OP 1 (v)']);
  });

  it.skipIf(!UN_SERIES_AVAILABLE)('A/RES/80/220 OP 20 (l) is the letter l; its OP 2 (a) roman list runs (i) to (xiii)', async () => {
    const { paragraphs } = await loadAnyDocument(join(UN_SERIES, DPRK, 'A_RES_80_220.txt'));
    const l = paragraphs.find((paragraph) => paragraph.label === 'OP 20 (l)');
    expect(l?.text).toMatch(/^To implement the accepted recommendations stemming from the universal periodic reviews/);
    expect(paragraphs.some((paragraph) => paragraph.label?.includes('(k) (l)'))).toBe(false);
    const romans = paragraphs.map((paragraph) => paragraph.label).filter((label) => label?.startsWith('OP 2 (a) ('));
    expect(romans).toEqual(['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii'].map((numeral) => `OP 2 (a) (${numeral})`).slice(0, romans.length));
    expect(romans.length).toBeGreaterThanOrEqual(12);
  });
});

describe.skipIf(!UN_SERIES_AVAILABLE)('a page break after a comma, before a line that opens no paragraph, continues the paragraph (A/RES/79/182 PP 3)', () => {
  it('A/RES/79/182 has 73 preambular paragraphs; PP 3 runs on across the page to "(2019) of 23 April 2019," and PP 4 is "Condemning in the strongest terms …"', async () => {
    const { paragraphs } = await loadAnyDocument(join(UN_SERIES, MYANMAR, 'A_RES_79_182.txt'));
    const preambular = paragraphs.filter((paragraph) => paragraph.role === 'preambular');
    expect(preambular.length).toBe(73);
    expect(preambular[2].label).toBe('PP 3');
    expect(preambular[2].text).toMatch(/^Recalling also its previous resolutions on the situation of human rights in Myanmar/);
    expect(preambular[2].text).toContain('46/21 of 24 March 2021, S-29/1 of 12 February 2021, 43/26 of 22 June 2020');
    expect(preambular[2].text).toMatch(/2467 \(2019\) of 23 April 2019,$/);
    expect(preambular[3].label).toBe('PP 4');
    expect(preambular[3].text).toMatch(/^Condemning in the strongest terms all violations and abuses of human rights/);
  });

  it('79/182 → 80/221: no split or merge around PP 3, and PP 4 → PP 4 is not a renumbering', async () => {
    const result = await compareInSeries(MYANMAR, 'A_RES_79_182.txt', 'A_RES_80_221.txt');
    const [left, right] = result.documents;
    const label = (side: typeof left, index: number): string => side.paragraphs[index].label ?? '';
    const groups = result.comparisons[0].findings
      .filter((finding) => finding.kind === 'split' || finding.kind === 'merged')
      .map((finding) => `${finding.left.map((i) => label(left, i)).join('+')} → ${finding.right.map((i) => label(right, i)).join('+')}`);
    expect(groups.filter((group) => /\bPP [34]\b/.test(group))).toEqual([]);
    const pp3 = result.comparisons[0].findings.find((finding) => finding.left.length === 1 && label(left, finding.left[0]) === 'PP 3');
    expect(pp3?.right.map((i) => label(right, i))).toEqual(['PP 3']);
  });
});
