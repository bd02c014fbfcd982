import { expect } from 'vitest';
import { compareTexts } from '../../src/pipeline.js';
import type { Finding } from '../../src/types.js';

/**
 * A yearly pair of one-resolution texts (79/150 → 80/150, so the yearly rules apply) with one paragraph changed: the
 * classifier's rules for the yearly life of a resolution tested on the smallest text that has one.
 */
export function yearlyPair(older: string, newer: string): [string, string] {
  // A preambular paragraph (no number) goes before the operative part.
  const body = (paragraph: string): string =>
    /^\d/.test(paragraph) ? `1. Condemns all violations of human rights in Testland;\n\n${paragraph}` : `${paragraph}\n\n1. Condemns all violations of human rights in Testland;`;
  const doc = (symbol: string, date: string, paragraph: string): string =>
    `United Nations\n${symbol}\n\nGeneral Assembly\nDistr.: General\n${date}\n\n${symbol.split('/')[2]}/150. Situation of human rights in Testland\n\nThe General Assembly,\n\nGuided by the Charter of the United Nations,\n\n${body(paragraph)}\n\n20. Decides to remain seized of the matter.\n`;
  return [doc('A/RES/79/150', '17 December 2024', older), doc('A/RES/80/150', '15 December 2025', newer)];
}

/** The one modified finding of a yearly pair (the test fails if there is not exactly one). */
export async function changedParagraph(older: string, newer: string): Promise<Finding> {
  const [left, right] = yearlyPair(older, newer);
  const modified = (await compareTexts(left, right)).comparisons[0].findings.filter((finding) => finding.kind === 'modified');
  expect(modified).toHaveLength(1);
  return modified[0];
}
