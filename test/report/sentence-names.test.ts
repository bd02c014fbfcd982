import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/index.js';
import { renderText } from '../../src/report/text.js';
import { buildViewModel } from '../../src/report/view-model.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Trial 20-b D14 (session 21): `--unit sentence` named the sentences of two 5-paragraph FOMC statements `¶ 1` … `¶ 17`,
 * so the "any additional policy firming" edit was "¶ 11" and the counts "17 → 17 paragraphs". A sentence is named by its
 * paragraph and its place there, `¶ 3 s 4`; the counts say sentences.
 */
const FOMC = join(SHARED_DATA, 'fomc-statements');

describe.skipIf(!HAS_SHARED)(`--unit sentence names sentences within their paragraphs (${HAS_SHARED ? 'reads ../shared/data/fomc-statements' : SHARED_MISSING})`, () => {
  it('FOMC 2023-11-01 → 2023-12-13: ¶ 1 s 1, ¶ 1 s 3, ¶ 3 s 4; 17 → 17 sentences', async () => {
    const result = await compare(join(FOMC, 'fomc_2023-11-01.txt'), join(FOMC, 'fomc_2023-12-13.txt'), { unit: 'sentence' });
    const newer = result.documents[1];
    // 5 paragraphs of 3 + 4 + 6 + 3 + 1 sentences (checked against the text: "The U.S. banking system" is not cut at
    // "U.S.", nor the voting list at its initials), so the voting paragraph, one sentence, keeps its name ¶ 5.
    expect(newer.paragraphs.map((paragraph) => paragraph.label)).toEqual([
      '¶ 1 s 1', '¶ 1 s 2', '¶ 1 s 3',
      '¶ 2 s 1', '¶ 2 s 2', '¶ 2 s 3', '¶ 2 s 4',
      '¶ 3 s 1', '¶ 3 s 2', '¶ 3 s 3', '¶ 3 s 4', '¶ 3 s 5', '¶ 3 s 6',
      '¶ 4 s 1', '¶ 4 s 2', '¶ 4 s 3',
      '¶ 5',
    ]);
    const changed = result.comparisons[0].findings.filter((finding) => finding.kind === 'modified').map((finding) => newer.paragraphs[finding.right[0]].label);
    expect(changed).toEqual(['¶ 1 s 1', '¶ 1 s 3', '¶ 3 s 4']);
    const text = renderText(result, { color: false });
    expect(text).toContain('· 17 → 17 sentences · 2 → 2 closing lines not compared\n');
    expect(text).toContain('[modified, substantive] ¶ 3 s 4 → ¶ 3 s 4  similarity 0.99');
    const model = buildViewModel(result);
    expect(model.documentFacts.find((fact) => fact.label === 'Sentences')).toMatchObject({ left: '17', right: '17' });
    expect(model.documentFacts.some((fact) => fact.label === 'Paragraphs')).toBe(false);
  });

  it('by paragraph, the same pair still names ¶ 1 … ¶ 5 and counts paragraphs', async () => {
    const result = await compare(join(FOMC, 'fomc_2023-11-01.txt'), join(FOMC, 'fomc_2023-12-13.txt'));
    expect(result.documents[1].paragraphs.map((paragraph) => paragraph.label)).toEqual(['¶ 1', '¶ 2', '¶ 3', '¶ 4', '¶ 5']);
  });
});
