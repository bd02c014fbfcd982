import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';

/**
 * Renumbered means the paragraph's place changed: its label where both sides have one, else its printed number without
 * its style (session 12). A Word list's "a." against a typed "(a)" was "Renumbered OP 2 (a) → OP 2 (a)".
 */

const TYPED = [
  'The General Assembly,',
  '',
  'Recalling its earlier resolutions,',
  '',
  '1. Welcomes the report;',
  '',
  '2. Requests the Secretary-General:',
  '',
  '(a) To report on the first matter;',
  '',
  '(b) To report on the second matter;',
  '',
  '3. Decides to remain seized of the matter.',
  '',
].join('\n');

/** The same text as a Word list prints its sub-paragraphs: "a.", "b.". */
const WORD = TYPED.replace('(a) To', 'a. To').replace('(b) To', 'b. To');

describe('renumbered: the label changed, not the number style', () => {
  it('"a." (a Word list) against a typed "(a)": the same OP 2 (a) and OP 2 (b), nothing renumbered', async () => {
    const result = await compareTexts(WORD, TYPED);
    const [older, newer] = result.documents;
    expect(older.paragraphs.map((paragraph) => paragraph.label)).toEqual(newer.paragraphs.map((paragraph) => paragraph.label));
    expect(newer.paragraphs.filter((paragraph) => paragraph.label?.startsWith('OP 2 (')).map((paragraph) => paragraph.label)).toEqual(['OP 2 (a)', 'OP 2 (b)']);
    expect(older.paragraphs.map((paragraph) => paragraph.number)).toContain('a.');
    expect(result.comparisons[0].summary.renumbered).toBe(0);
    expect(result.comparisons[0].findings.every((finding) => !finding.renumbered)).toBe(true);
  });

  it('counter-case: a sub-paragraph inserted before them renumbers (a) → (b) and (b) → (c)', async () => {
    const result = await compareTexts(WORD, TYPED.replace('(a) To report on the first', '(a) To consult Member States;\n\n(b) To report on the first').replace('(b) To report on the second', '(c) To report on the second'));
    const renumbered = result.comparisons[0].findings.filter((finding) => finding.renumbered);
    const [older, newer] = result.documents;
    expect(renumbered.map((finding) => `${older.paragraphs[finding.left[0] ?? -1]?.label} → ${newer.paragraphs[finding.right[0] ?? -1]?.label}`)).toEqual(['OP 2 (a) → OP 2 (b)', 'OP 2 (b) → OP 2 (c)']);
  });
});
