import type { Finding, Signal } from '../types.js';
import { pledgeShift, strongest, timePledges, type Pledge } from './signals/commitment.js';

/**
 * A pledge of time moved into a new paragraph (redline #23, session 20): FOMC 2020-09-16 took the rate decision and its
 * guidance out of ¶ 3 ("expects to maintain this target range until it is confident …") into a new ¶ 4 ("… until labor
 * market conditions have reached levels consistent with … maximum employment and inflation has risen to 2 percent …").
 * Read paragraph by paragraph, ¶ 3 dropped its pledge and the new paragraph (which changes nothing) gave none. Read
 * across the texts, the pledge withdrawn from a kept paragraph is replaced by the strongest pledge of time a new
 * paragraph gives: weighed as one pledge replaced by another (`pledgeShift`; one of the same strength is no shift), said
 * on the kept paragraph. A pledge of the pace or of the rate's path is never weighed against one of time.
 */
export function documentPledgeChanges(findings: readonly Finding[], before: readonly string[], after: readonly string[]): Finding[] {
  return pathPledgeMoved(timePledgeMoved(findings, before, after), before, after);
}

function timePledgeMoved(findings: readonly Finding[], before: readonly string[], after: readonly string[]): Finding[] {
  const given = findings.filter((finding) => finding.kind === 'new').flatMap((finding) => finding.right.flatMap((index) => timePledges(after[index] ?? '')));
  const replacement = strongest(given.filter((pledge) => !pledge.pace));
  if (replacement === null) return [...findings];
  let used = false;
  return findings.map((finding) => {
    if (used || finding.left.length === 0 || finding.right.length === 0) return finding;
    // Only a pledge of time the older paragraph gave (a verb of the scale dropped, "decides", is another reading).
    const withdrawn: Pledge[] = finding.left.flatMap((index) => timePledges(before[index] ?? '')).filter((pledge) => !pledge.pace);
    const at = finding.signals.findIndex((one) => one.type === 'commitment' && one.change === 'dropped' && withdrawn.some((pledge) => pledge.phrase === one.from));
    if (at < 0) return finding;
    const signal = finding.signals[at];
    if (signal.type !== 'commitment' || signal.from === null) return finding;
    used = true;
    const moved = pledgeShift(withdrawn.find((pledge) => pledge.phrase === signal.from) ?? null, replacement);
    const signals: Signal[] = [...finding.signals];
    if (moved === null) signals.splice(at, 1);
    else signals.splice(at, 1, moved);
    return { ...finding, signals } as Finding;
  });
}

/**
 * The path of the rate said in another kept paragraph (redline #23, session 20): FOMC 2018-06-13 took "further gradual
 * increases … will be consistent with …" into ¶ 1 while ¶ 3 dropped "will warrant further gradual increases in the
 * federal funds rate". Read paragraph by paragraph, ¶ 1 added a path pledge and ¶ 3 dropped one; read across the texts,
 * one path pledge dropped in one paragraph and one added in another (exactly one of each) are one pledge replaced,
 * weighed by `pledgeShift` and said on the paragraph that dropped it (one of the same strength is no shift).
 */
function pathPledgeMoved(findings: readonly Finding[], before: readonly string[], after: readonly string[]): Finding[] {
  const pathsOf = (indices: readonly number[], texts: readonly string[]): Pledge[] =>
    indices.flatMap((index) => timePledges(texts[index] ?? '')).filter((pledge) => pledge.kind === 'path');
  const dropped: Array<{ finding: number; at: number; pledge: Pledge }> = [];
  const added: Array<{ finding: number; at: number; pledge: Pledge }> = [];
  findings.forEach((finding, findingIndex) => {
    finding.signals.forEach((signal, at) => {
      if (signal.type !== 'commitment') return;
      if (signal.change === 'dropped') {
        const pledge = pathsOf(finding.left, before).find((path) => path.phrase === signal.from);
        if (pledge !== undefined) dropped.push({ finding: findingIndex, at, pledge });
      } else if (signal.change === 'added') {
        const pledge = pathsOf(finding.right, after).find((path) => path.phrase === signal.to);
        if (pledge !== undefined) added.push({ finding: findingIndex, at, pledge });
      }
    });
  });
  if (dropped.length !== 1 || added.length !== 1 || dropped[0].finding === added[0].finding) return [...findings];
  const [gone, come] = [dropped[0], added[0]];
  const moved = pledgeShift(gone.pledge, come.pledge);
  return findings.map((finding, findingIndex) => {
    if (findingIndex === gone.finding) {
      const signals: Signal[] = [...finding.signals];
      if (moved === null) signals.splice(gone.at, 1);
      else signals.splice(gone.at, 1, moved);
      return { ...finding, signals } as Finding;
    }
    if (findingIndex === come.finding) return { ...finding, signals: finding.signals.filter((_signal, at) => at !== come.at) } as Finding;
    return finding;
  });
}
