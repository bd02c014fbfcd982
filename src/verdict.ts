import type { Comparison, Document, Finding, Paragraph } from './types.js';
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

/**
 * The changes to the issued text that no negotiated finding says (trial 21-a D1–D3, D8): the title revised, a note
 * revised, added or removed (not only moved with its citation nor succeeded with the year's report), a paragraph moved,
 * a paragraph split or joined. Only UN documents' titles are read: another text's title is often its file name.
 * In the order of the text: the title first, then the paragraphs as they stand in the newer text.
 * Notes and moves only between two versions of one session (`isOneSession`): across a year, most notes that change are
 * the year's documents cited under other symbols or another citation style (`Ibid.` → `See A/78/111`), and the 140-pair
 * chain's digest gained 60 such "changed in the text" clauses on steps whose verdict they did not change.
 */
export function textChanges(comparison: Comparison, left: Document, right: Document): string[] {
  const changes: string[] = [];
  const oneSession = isOneSession(left, right);
  const title = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();
  if (left.meta.symbol && right.meta.symbol && title(left.meta.title) !== title(right.meta.title)) changes.push(`title changed: “${left.meta.title}” → “${right.meta.title}”`);
  const labels = (indices: readonly number[], paragraphs: readonly Paragraph[]): string => indices.map((index) => paragraphs[index]?.label ?? `¶ ${index + 1}`).join(' and ');
  comparison.findings.forEach((finding, index) => {
    if (isNegotiatedFinding(finding, left.paragraphs, right.paragraphs)) return;
    const older = labels(finding.left, left.paragraphs);
    const newer = labels(finding.right, right.paragraphs);
    // A paragraph split or joined renumbers the ones after it: said, since a record cites the issued numbers (D8).
    const later = comparison.findings.slice(index + 1).some((other) => other.renumbered) ? '; later paragraphs renumbered' : '';
    if (finding.kind === 'split') changes.push(`${older} split into ${newer}${later}`);
    else if (finding.kind === 'merged') changes.push(`${older} joined into ${newer}${later}`);
    if (!oneSession) return;
    if (finding.kind !== 'split' && finding.kind !== 'merged' && finding.moved && finding.left.length > 0 && finding.right.length > 0) changes.push(`${older} moved${older === newer ? '' : ` (now ${newer})`}`);
    for (const note of finding.footnoteChanges ?? []) if (isFootnoteNews(note)) changes.push(`${newer || older}, ${note.summary}`);
  });
  return changes;
}

/** Whether both texts state one session (a draft and its adopted text, two revisions): no year passed between them. */
function isOneSession(left: Document, right: Document): boolean {
  return left.meta.session !== undefined && left.meta.session === right.meta.session;
}

/**
 * The comparison with its verdict set. Between two versions of one session (a draft and its adopted text, a revision),
 * no year passed: a change to the text (`textChanges`) is a revision, never a technical update.
 */
export function withVerdict(comparison: Comparison, left: Document, right: Document): Comparison {
  const changes = textChanges(comparison, left, right);
  const technicalUpdate = isTechnicalUpdate(comparison, left.paragraphs, right.paragraphs) && !(isOneSession(left, right) && changes.length > 0);
  return { ...comparison, technicalUpdate, ...(changes.length > 0 ? { textChanges: changes } : {}) };
}
