import type { CommitmentSignal, HistoryCell, HistoryStep, HistoryVersion } from '../types.js';

/**
 * A position's story in one line, from its cells: `added in 79/52 · strengthened in 80/46: encourage → urge · dropped
 * in 81/7`. Unchanged steps say nothing; a position that never changed after it appeared says so at the end.
 */
export function timelineOf(cells: ReadonlyArray<HistoryCell | null>, versions: readonly HistoryVersion[]): string {
  const events: string[] = [];
  let seen = false;
  cells.forEach((cell, version) => {
    const name = versions[version].name;
    const previous = version > 0 ? cells[version - 1] : null;
    if (cell === null) {
      if (previous) events.push(`dropped in ${name}`);
      return;
    }
    if (!seen) {
      seen = true;
      events.push(version === 0 || cell.step === null ? `in ${name}` : `added in ${name}`);
      return;
    }
    const what = cell.step ? stepPhrase(cell.step) : null;
    if (previous === null) {
      events.push(`reinstated in ${name}${what ? ` (${what})` : ''}`);
      return;
    }
    if (!what) return;
    const [verb, ...detail] = what.split(': ');
    events.push(`${verb} in ${name}${detail.length ? `: ${detail.join(': ')}` : ''}`);
  });
  // Only the first appearance to tell: say that nothing happened after it.
  if (events.length === 1) {
    const present = cells.filter((cell) => cell !== null).length;
    return present > 1 ? `${events[0]} · unchanged since` : events[0];
  }
  return events.join(' · ');
}

/** What a step did, in a few words (`strengthened: encourage → urge`, `reworded`, `split`), or null when it did nothing. */
function stepPhrase(step: HistoryStep): string | null {
  const moved = step.moved ? ', moved' : '';
  if (step.kind === 'unchanged') return step.moved ? 'moved' : null;
  if (step.kind === 'split') return `split${moved}`;
  if (step.kind === 'merged') return `merged${moved}`;
  if (step.kind === 'new' || step.kind === 'dropped') return step.kind === 'new' ? `added${moved}` : null;
  if (step.editorial) return `edited${moved}`;
  if (step.routine) return `updated (routine)${moved}`;
  const commitment = step.signals.find((signal): signal is CommitmentSignal => signal.type === 'commitment');
  if (commitment) return `${commitment.direction}${moved}: ${commitment.from ?? '—'} → ${commitment.to ?? '—'}`;
  return `reworded${moved}`;
}
