/**
 * Do the history's consecutive links say what pairwise `compare` says? For each finding of the pair (version i − 1,
 * version i), compared on its own, look at the history's cells: the finding agrees when the position holding its
 * paragraphs has exactly its paragraphs in both versions and a step of the same kind, similarity and word diff (new:
 * a `new` step from i − 1; dropped: absent from version i). Disagreements are sorted by why:
 *   reinstated — the pair says new, the history links it to an earlier version (by design: the reinstatement search);
 *   widened    — the position holds more paragraphs than the finding (other links joined them: a split or merge next door);
 *   other      — anything else (should not happen).
 */

/** Agreement of one history with the pairwise comparisons of its consecutive versions (`pairs[k]`: version k → k + 1). */
export function linkAgreement(history, pairs) {
  const counts = { findings: 0, agree: 0, reinstated: 0, widened: 0, other: 0 };
  const examples = [];
  pairs.forEach((comparison, k) => {
    const version = k + 1;
    const positionOf = (side, paragraph) =>
      history.positions.find((position) => position.cells[side]?.paragraphs.includes(paragraph));
    for (const finding of comparison.findings) {
      counts.findings++;
      const anchor = finding.right.length ? positionOf(version, finding.right[0]) : positionOf(version - 1, finding.left[0]);
      const verdict = judge(anchor, finding, version);
      counts[verdict]++;
      if (verdict === 'other' && examples.length < 5) examples.push(`${comparison.left} → ${comparison.right}: ${finding.kind} L${finding.left} R${finding.right}`);
    }
  });
  return { ...counts, examples };
}

function same(a, b) {
  return JSON.stringify(a) === JSON.stringify(b);
}

function judge(position, finding, version) {
  if (!position) return 'other';
  const before = position.cells[version - 1];
  const after = position.cells[version];
  if (finding.kind === 'dropped') {
    if (after === null) return same(before?.paragraphs, finding.left) ? 'agree' : 'widened';
    // The position goes on without this paragraph: other paragraphs of version i − 1 share its position.
    return before && before.paragraphs.length > finding.left.length && finding.left.every((p) => before.paragraphs.includes(p)) ? 'widened' : 'other';
  }
  if (finding.kind === 'new') {
    if (after?.step?.kind === 'new' && after.step.from === version - 1) return same(after.paragraphs, finding.right) ? 'agree' : 'widened';
    if (after?.step && after.step.from < version - 1) return 'reinstated';
    return after && after.paragraphs.length > 1 ? 'widened' : 'other';
  }
  if (!before || !after) return 'other';
  if (!same(before.paragraphs, finding.left) || !same(after.paragraphs, finding.right)) {
    const covers = finding.left.every((p) => before.paragraphs.includes(p)) && finding.right.every((p) => after.paragraphs.includes(p));
    return covers ? 'widened' : 'other';
  }
  const step = after.step;
  if (step && step.kind === finding.kind && step.similarity === finding.similarity && same(step.diff, finding.diff) && same(step.left, finding.left)) return 'agree';
  return 'other';
}
