import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { compare } from '../../src/index.js';
import { surfaceForm } from '../../src/normalize/normalize.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');
const draft = (name: string) => join(TEXTS, 'drafts', `${name}.txt`);
const adopted = (series: string, name: string) => join(TEXTS, 'series', series, `${name}.txt`);

/**
 * Issue 23: a draft adopted without textual change reads as no change in text. The four drafts of the 80th session in
 * the data set were each read against their adopted text: none was amended (the differences are the first page, the
 * adoption facts, footnote marks and typography: `AU-PATTEC` with a hyphen-minus against a non-breaking hyphen).
 */
describe.skipIf(!HAS_SHARED)(`drafts of the 80th session against their adopted texts${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it.each([
    ['A_80_L.6', 'necessity-of-ending-the-economic-commercial-and-financial-em', 'A_RES_80_4', 14],
    ['A_C.1_80_L.9', 'the-arms-trade-treaty', 'A_RES_80_46', 38],
    ['A_C.6_80_L.12', 'the-scope-and-application-of-the-principle-of-universal-juri', 'A_RES_80_168', 13],
  ])('%s → %s/%s: every paragraph unchanged, only the document facts differ', async (left, series, right, paragraphs) => {
    const result = await compare(draft(left), adopted(series, right));
    const [comparison] = result.comparisons;
    expect(comparison.summary.unchanged).toBe(paragraphs);
    expect(comparison.findings.every((finding) => finding.kind === 'unchanged')).toBe(true);
  });

  it('A/80/L.7 → 80/7: the same text; its one paragraph cut by a page break of the draft is joined back without a change or a signal', async () => {
    const result = await compare(draft('A_80_L.7'), adopted('report-of-the-international-atomic-energy-agency', 'A_RES_80_7'));
    const [comparison] = result.comparisons;
    const [older, newer] = result.documents;
    // The draft's text export cuts OP2 after "…Article XIV.A of the Statute”;" at a page break (reading page breaks is
    // the structural part of issue 23): the comparison joins the two pieces into one finding, whose text is the same.
    const changed = comparison.findings.filter((finding) => finding.kind !== 'unchanged');
    expect(changed.map((finding) => finding.kind)).toEqual(['merged']);
    const [merged] = changed;
    const joined = (document: typeof older, indices: number[]) => surfaceForm(indices.map((index) => document.paragraphs[index].text).join(' '));
    expect(joined(older, merged.left)).toBe(joined(newer, merged.right));
    expect(merged.signals).toEqual([]);
    // The footnotes ";2" and "; 3" of that paragraph are footnotes on both sides, not figures, and "GC(69)/RES/9 A.2" keeps its ".2".
    expect(merged.left.flatMap((index) => older.paragraphs[index].footnotes?.map((note) => note.mark) ?? [])).toEqual(['2', '3']);
    expect(merged.right.flatMap((index) => newer.paragraphs[index].footnotes?.map((note) => note.mark) ?? [])).toEqual(['2', '3']);
    expect(merged.right.map((index) => newer.paragraphs[index].text).join(' ')).toContain('GC(69)/RES/9 A.2, entitled “Support to the African Union’s');
  });
});
