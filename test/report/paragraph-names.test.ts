import { describe, expect, it } from 'vitest';
import { nameParagraphs } from '../../src/report/paragraph-names.js';
import { compare } from '../../src/pipeline.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { paragraphAnchor } from '../../src/report/labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderText } from '../../src/report/text.js';
import type { Paragraph } from '../../src/types.js';
import { DRAFT, SEED } from '../helpers/paths.js';

const paragraph = (index: number, text: string, number: string | null = null, heading = false): Paragraph => ({ index, text, number, heading, start: 0, end: 0 });

describe('nameParagraphs: what a reader cites a paragraph of a text without UN labels by (session 13)', () => {
  it('names the draft and the seed as they print and read: the draft\'s "7." is ¶ 7, the seed\'s first paragraph ¶ 1', async () => {
    const result = await compare(DRAFT, SEED);
    const [draft, seed] = result.documents;
    // Before: both documents' paragraphs had `label` absent and were cited by a running count over every block,
    // the title and the date line included ("We, the Foreign Ministers …" was ¶ 3, the draft's "7." ¶ 9).
    expect(draft.paragraphs.slice(0, 3).map((p) => p.label)).toEqual(['heading 1', 'heading 2', '¶ 1']);
    expect(draft.paragraphs[8]).toMatchObject({ number: '7.', label: '¶ 7' });
    expect(seed.paragraphs.slice(0, 3).map((p) => p.label)).toEqual(['heading 1', 'heading 2', '¶ 1']);
    expect(seed.paragraphs[2].text).toMatch(/^We, the Foreign Ministers/);
    expect(seed.paragraphs[20].label).toBe('¶ 19');
    expect(paragraphAnchor('right', seed.paragraphs[2])).toBe('p-right-1');
    expect(paragraphAnchor('left', draft.paragraphs[1])).toBe('p-left-heading-2');
  });

  it('cites the printed numbers in the key changes, text and Markdown, and flags no renumbering against the unnumbered final text', async () => {
    const result = await compare(DRAFT, SEED);
    const [draft, seed] = result.documents;
    const comparison = result.comparisons[0];
    const lines = keyChanges(comparison, draft.paragraphs, seed.paragraphs).map((change) => change.line.text);
    // Before: `¶ 9 → ¶ 8: note → welcome (stronger)`, `¶ 18 → ¶ 15: reaffirm → acknowledge (weaker)`.
    expect(lines.slice(0, 2)).toEqual(['¶ 7 → ¶ 6: note → welcome (stronger)', '¶ 16 → ¶ 13: reaffirm → acknowledge (weaker)']);
    // Before: every paired paragraph "Renumbered 7. → (none)", "renumbered 15" in the summary.
    expect(comparison.findings.filter((finding) => finding.renumbered)).toEqual([]);
    const text = renderText(result, { color: false });
    expect(text).toContain('[modified, editorial] ¶ 1 → ¶ 1');
    expect(text).toContain('renumbered 0');
    const markdown = renderMarkdown(result);
    expect(markdown).toMatch(/^\| ¶ 7 \| ¶ 6 \| Substantive/m);
  });

  it('counts body paragraphs where no number is printed, and keeps a numbered text\'s items and closing words apart', () => {
    const counted = nameParagraphs([paragraph(0, 'Title', null, true), paragraph(1, 'First.'), paragraph(2, 'Section', null, true), paragraph(3, 'Second.')]);
    expect(counted.map((p) => p.label)).toEqual(['heading 1', '¶ 1', 'heading 2', '¶ 2']);
    const numbered = nameParagraphs([paragraph(0, 'Opening words.'), paragraph(1, 'One:', '1.'), paragraph(2, 'item', '(a)'), paragraph(3, 'Closing words.'), paragraph(4, 'Two.', '2.')]);
    expect(numbered.map((p) => p.label)).toEqual(['opening ¶ 1', '¶ 1', '¶ 1 (a)', '¶ 1 (cont.)', '¶ 2']);
    // Numbers that start again in each section are no citation alone: counted.
    const restarting = nameParagraphs([paragraph(0, 'A.', '1.'), paragraph(1, 'B.', '1.')]);
    expect(restarting.map((p) => p.label)).toEqual(['¶ 1', '¶ 2']);
  });

  it('leaves a resolution\'s UN labels as they are, and names its unnumbered lines, never by a count (trial 14b)', () => {
    const labelled = [
      { ...paragraph(0, 'Draft resolution: African Nuclear-Weapon-Free Zone Treaty', null, true), role: 'heading' as const, label: null },
      { ...paragraph(1, 'The General Assembly,'), role: 'other' as const, label: null },
      { ...paragraph(2, 'Recalling …'), role: 'preambular' as const, label: 'PP 1' },
      { ...paragraph(3, 'Group of Independent Eminent Experts', null, true), role: 'heading' as const, label: null },
    ];
    expect(nameParagraphs(labelled).map((p) => p.label)).toEqual(['heading 1', 'formula', 'PP 1', 'heading 2']);
  });
});
