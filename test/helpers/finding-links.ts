import type { RedlineResult } from '../../src/types.js';

/** The findings as "kind older labels → newer labels" (a paragraph without a UN label by its index from 1). */
export function links(result: RedlineResult): string[] {
  const [left, right] = result.documents;
  const name = (paragraphs: RedlineResult['documents'][number]['paragraphs'], indices: number[]): string => indices.map((index) => paragraphs[index].label ?? `¶${index + 1}`).join('+') || '–';
  return result.comparisons[0].findings.map((finding) => `${finding.kind} ${name(left.paragraphs, finding.left)} → ${name(right.paragraphs, finding.right)}`);
}

/** The findings as "kind older indices → newer indices" (from 0), for texts without UN labels. */
export function indexLinks(result: RedlineResult): string[] {
  return result.comparisons[0].findings.map((finding) => `${finding.kind} ${finding.left.join('+') || '–'} → ${finding.right.join('+') || '–'}`);
}
