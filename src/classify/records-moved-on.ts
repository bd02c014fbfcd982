import type { ClassifySide, Finding, Signal } from '../types.js';
import { editionMovedOnReason } from './edition-moved-on.js';
import { pastRecordDroppedReason } from './record-dropped.js';

/**
 * Session 21 (rules21, issue 23): modified paragraphs whose record moved on with the year, read after `markEventsHeld`
 * (kept apart from it so that no file imports back the one importing it):
 *  - `editionMovedOnReason` (`edition-moved-on.ts`): a recorded event at its next edition in place, every other edit
 *    its record;
 *  - `pastRecordDroppedReason` (`record-dropped.ts`): a kept paragraph that only dropped whole clauses recording a past step.
 * Commitment signals of such a paragraph become routine, as `markEventsHeld` marks them; a paragraph already carrying a
 * commitment or stance signal not routine is left a finding (review21 r1a, r1b).
 */
export function markRecordsMovedOn(findings: readonly Finding[], left: ClassifySide, right: ClassifySide): Finding[] {
  const olderTexts = left.document.paragraphs.map((paragraph) => paragraph.text);
  const newerTexts = right.document.paragraphs.map((paragraph) => paragraph.text);
  return findings.map((finding) => {
    if (finding.routine || finding.editorial || finding.kind !== 'modified') return finding;
    // A weakening or stance the paragraph's own words carry is no record moved on ("commitment weakened: welcome → take
    // note", "welcome with appreciation → welcome", review21 r1a, r1b): the finding stays.
    if (finding.signals.some((signal) => (signal.type === 'commitment' && signal.routine !== true) || signal.type === 'stance')) return finding;
    const [before, after] = [olderTexts[finding.left[0]], newerTexts[finding.right[0]]];
    const reason = editionMovedOnReason(before, after) ?? pastRecordDroppedReason(before, after, newerTexts);
    return reason === null ? finding : { ...finding, routine: true, reasons: [reason], change: undefined, signals: finding.signals.map(routineCommitment) };
  });
}

function routineCommitment(signal: Signal): Signal {
  return signal.type === 'commitment' && signal.routine !== true ? { ...signal, routine: true, summary: `${signal.summary} (routine)` } : signal;
}
