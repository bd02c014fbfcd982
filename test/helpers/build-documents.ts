import { documentFromText } from '../../src/ingest/load-document.js';
import type { Document, Finding, RedlineResult } from '../../src/types.js';

/** A Document from paragraph texts (blank-line separated), as if read from `path`. */
export function documentOf(paragraphs: string[], path = 'inline.txt'): Document {
  return documentFromText(paragraphs.join('\n\n') + '\n', { path });
}

/** Check that every paragraph of both sides is in exactly one finding; returns the problems found (none: []). */
export function accountingProblems(findings: Finding[], leftCount: number, rightCount: number): string[] {
  const problems: string[] = [];
  const leftSeen = new Array(leftCount).fill(0);
  const rightSeen = new Array(rightCount).fill(0);
  for (const finding of findings) {
    for (const index of finding.left) leftSeen[index]++;
    for (const index of finding.right) rightSeen[index]++;
  }
  leftSeen.forEach((count, index) => count !== 1 && problems.push(`left ${index} seen ${count} times`));
  rightSeen.forEach((count, index) => count !== 1 && problems.push(`right ${index} seen ${count} times`));
  return problems;
}

/** Findings as short strings for exact golden assertions: "kind L[1,2] R[3] moved". */
export function findingSignatures(result: RedlineResult): string[] {
  return result.comparisons[0].findings
    .filter((finding) => finding.kind !== 'unchanged' || finding.moved)
    .map((finding) => `${finding.kind}${finding.editorial ? '/editorial' : ''} L[${finding.left.join(',')}] R[${finding.right.join(',')}]${finding.moved ? ' moved' : ''}`);
}
