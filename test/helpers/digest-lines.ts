import { digestLine, isNegotiated } from '../../src/report/digest-line.js';
import type { DigestLine, RedlineResult } from '../../src/types.js';
import { isEditorialPiece } from '../../src/digest/editorial-piece.js';
import { isPositionPiece } from '../../src/digest/position-piece.js';

/** The digest lines of a compared pair, in the order of its findings (the negotiated ones, as the digest lists them, editorial pieces left out as the digest stage does). */
export function linesOf(result: RedlineResult): DigestLine[] {
  const [left, right] = result.documents;
  return result.comparisons[0].findings.flatMap((finding, index) => (isNegotiated(finding) ? [digestLine(finding, index, left.paragraphs, right.paragraphs, null, isEditorialPiece, isPositionPiece)] : []));
}

/** The one line whose place is `place` (`PP 59 → PP 60`, `OP 5 → OP 6`). */
export function lineAt(lines: readonly DigestLine[], place: string): DigestLine {
  const line = lines.find((candidate) => candidate.place === place);
  if (!line) throw new Error(`no line at ${place}: ${lines.map((candidate) => candidate.place).join(', ')}`);
  return line;
}

/**
 * The pair with no finding marked routine or editorial: the line a paragraph would have, for the wording tests of
 * paragraphs that a later precision round reads as routine or editorial and takes out of the digest (a bureau rotation,
 * events moved on, a title's year moved).
 */
export function asIfNegotiated(result: RedlineResult): RedlineResult {
  const [comparison] = result.comparisons;
  return { ...result, comparisons: [{ ...comparison, findings: comparison.findings.map((finding) => ({ ...finding, routine: false, editorial: false })) }] };
}
