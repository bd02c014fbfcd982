import type { Comparison, Document, HistoryKeyChange, HistoryPosition, HistorySkip, HistoryStepSummary, Reinstatement } from '../types.js';
import { firstKeyChanges } from '../report/key-changes.js';
import { lineWithSignals, placeOf, reinstatedLineText } from '../report/digest-line.js';
import { renumberedRuns, unrelatedAbsence } from '../report/labels.js';

/**
 * How many key changes a step keeps, the rest counted: five lines a step keep the first screen short, and each line is
 * phrased (`digestLine`, the costly part: 2.3 of 2.5 s over the 218 steps of the FOMC statements with eight).
 */
export const STEP_KEY_CHANGES = 5;

/**
 * What each step of a history changed, for the first screen of every format (trial 17b D14: the DPRK history opened on
 * 100 positions and no word of what was weakened or dropped across the three sessions): the step's findings counted by
 * class, and its key changes as `compare` ranks and words them for that pair (`firstKeyChanges`: one classification,
 * shared, not a second reading), each pointing to its position's number. A pair that looks unrelated has no key
 * changes, as in its pair report; a new paragraph that the history finds reinstated is said so. A step past unrelated
 * versions (`skips`: an unscheduled release between two statements) follows the unrelated step into the same version,
 * said against the last related version (`from`), as the chain's digest says it (trial 20-b D3: the history of the 219
 * FOMC statements said of 2008-03-11 → 2008-03-18 only "3 new · 11 dropped · 3 reinstated", no rate, no dissent).
 */
export function summarizeSteps(
  documents: readonly Document[],
  comparisons: readonly Comparison[],
  reinstatements: readonly Reinstatement[],
  positions: readonly HistoryPosition[],
  skips: readonly HistorySkip[] = [],
): HistoryStepSummary[] {
  // Which position holds each paragraph of each version: a key change points to its row.
  const positionOf: Array<Map<number, number>> = documents.map(() => new Map());
  for (const position of positions) {
    position.cells.forEach((cell, version) => {
      for (const paragraph of cell?.paragraphs ?? []) positionOf[version].set(paragraph, position.number);
    });
  }
  const summaries: HistoryStepSummary[] = [];
  comparisons.forEach((comparison, k) => {
    summaries.push(summarizeStep(k, k + 1, comparison));
    for (const skip of skips.filter((one) => one.version === k + 1)) summaries.push({ ...summarizeStep(skip.from, skip.version, skip.comparison, false), from: skip.from });
  });
  return summaries;

  function summarizeStep(k: number, version: number, comparison: Comparison, withReinstated = true): HistoryStepSummary {
    const left = documents[k].paragraphs;
    const right = documents[version].paragraphs;
    // The reinstatements are the consecutive step's (what came back against the version before); a skip step has none.
    const back = new Set(withReinstated ? reinstatements.filter((reinstatement) => reinstatement.version === version).map((reinstatement) => reinstatement.paragraph) : []);
    const counts = { substantive: 0, routine: 0, editorial: 0, new: 0, dropped: 0, reinstated: 0 };
    for (const finding of comparison.findings) {
      if (finding.kind === 'modified') counts[finding.editorial ? 'editorial' : finding.routine ? 'routine' : 'substantive']++;
      else if (finding.kind === 'dropped') counts.dropped++;
      else if (finding.kind === 'new') {
        if (finding.right.every((paragraph) => back.has(paragraph))) counts.reinstated++;
        else counts.new++;
      }
    }
    // Every reinstated paragraph is among the step's key changes, first after its position shifts (trial 19a D8).
    const reinstatedFindings = new Set(comparison.findings.flatMap((finding, index) => (finding.kind === 'new' && finding.right.length > 0 && finding.right.every((paragraph) => back.has(paragraph)) ? [index] : [])));
    const { shown, total } = unrelatedAbsence(comparison) ? { shown: [], total: 0 } : firstKeyChanges(comparison, left, right, STEP_KEY_CHANGES, reinstatedFindings);
    const keyChanges: HistoryKeyChange[] = shown.map(({ rank, line }) => {
      const finding = comparison.findings[line.finding];
      const reinstated = finding.kind === 'new' && finding.right.every((paragraph) => back.has(paragraph));
      // A reinstated paragraph is said against the wording it came back from (its diff and signals), not whole.
      const cameBack: Reinstatement | undefined = reinstated ? reinstatements.find((reinstatement) => reinstatement.version === version && reinstatement.paragraph === finding.right[0]) : undefined;
      const source = cameBack ? documents[cameBack.step.from] : undefined;
      const againstSource = cameBack && source ? reinstatedLineText(cameBack.step, source.paragraphs, right, source.meta.resolution ?? source.meta.symbol ?? source.meta.id, placeOf(right, finding.right)) : null;
      const text: string = againstSource ?? lineWithSignals(line);
      const onNewer = finding.right.length > 0;
      const paragraph = (onNewer ? finding.right[0] : finding.left[0]) ?? -1;
      return {
        rank,
        text: reinstated && text.startsWith('new ') ? `reinstated ${text.slice('new '.length)}` : text,
        tone: line.tone,
        position: positionOf[onNewer ? version : k].get(paragraph) ?? null,
      };
    });
    // Said once for the step, in runs, as `compare` says them (trial 21-a D10: no history line said OP 20 → OP 19).
    const renumbered = unrelatedAbsence(comparison) ? [] : renumberedRuns(comparison, left, right);
    return { version, counts, keyChanges, keyChangesTotal: total, ...(comparison.textChanges?.length ? { textChanges: comparison.textChanges } : {}), ...(renumbered.length ? { renumbered } : {}) };
  }
}
