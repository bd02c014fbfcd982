import type { Comparison, Finding, Paragraph } from './types.js';
import { isHeadingOnly, isNegotiated, isRoutineHeading } from './report/digest-line.js';
import { isFootnoteNews } from './footnote-changes.js';

export { isFootnoteNews };

/**
 * One verdict per step (trial 16a, D2): the batch index counted 25 technical updates where the digest counted 42,
 * because the index read the pair summary (a footnote changed on an unchanged paragraph made a change) and the digest
 * read its own lines. The verdict is computed here once, when a pair is compared (`Comparison.technicalUpdate`), and
 * every output reads it.
 */

/**
 * True when a finding was negotiated: a digest line's finding (`isNegotiated`), a heading alone or one renumbered with
 * the session aside. A note's change is said on its paragraph's line (`digestLine`) and never decides alone: of the
 * notes changed on paragraphs that kept their words or changed only by the year (the 214-text chain, session 16), most
 * are the year's documents cited under symbols the body's rule does not pair (`CCW/AP.II/CONF.25/5` → `CONF.26/5`,
 * `A/79/62-E/2024/3` → `A/80/62-E/2025/12`) or citation style (`United Nations, Treaty Series,` → `Ibid.,`, `See`
 * dropped); counting them made ten technical updates "0 negotiated changes".
 */
export function isNegotiatedFinding(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): boolean {
  return isNegotiated(finding) && !isHeadingOnly(finding, left, right) && !isRoutineHeading(finding, left, right);
}

/** True when nothing in the pair was negotiated: every change is routine or editorial (nothing changed at all included). */
export function isTechnicalUpdate(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): boolean {
  return !comparison.findings.some((finding) => isNegotiatedFinding(finding, left, right));
}

/** The comparison with its verdict set. */
export function withVerdict(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): Comparison {
  return { ...comparison, technicalUpdate: isTechnicalUpdate(comparison, left, right) };
}
