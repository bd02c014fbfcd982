import type { CommitmentSignal, HistoryCell, HistoryStep, HistoryVersion, StanceSignal } from '../types.js';
import { isFootnoteNews } from '../footnote-changes.js';

/**
 * A position's story in one line, from its cells: `added in 79/52 · strengthened in 80/46: encourage → urge · dropped
 * in 81/7`. Unchanged steps say nothing but a new label (`renumbered OP 5 → OP 4 in 80/7`); a position that never changed
 * after it appeared says so, to the last version it is in (`in 78/53 · unchanged to 80/24`).
 */
export function timelineOf(cells: ReadonlyArray<HistoryCell | null>, versions: readonly HistoryVersion[]): string {
  const events: TimelineEvent[] = [];
  const push = (text: string, version = -1, verb: string | null = null): void => {
    events.push({ text, version, verb });
  };
  let seen = false;
  cells.forEach((cell, version) => {
    const name = versions[version].name;
    const previous = version > 0 ? cells[version - 1] : null;
    if (cell === null) {
      if (previous) push(`dropped in ${name}`);
      return;
    }
    if (!seen) {
      seen = true;
      push(version === 0 || cell.step === null ? `in ${name}` : `added in ${name}`);
      return;
    }
    const what = cell.step ? stepPhrase(cell.step) : null;
    if (previous === null) {
      push(`reinstated in ${name}${what ? ` (${what})` : ''}`);
      return;
    }
    // Negotiators cite the label: a paragraph that kept its words but not its number is renumbered, and says so.
    // A name the text does not print (a statement's `¶ 4` counted, `heading 1`, `formula`: the result's `nameParagraphs`) moves
    // whenever a paragraph before it comes or goes: only a printed label is renumbered.
    const printed = (label: string | null): label is string => label !== null && !/^(?:¶ |opening ¶ |heading \d|formula\b)/.test(label);
    const renumbered = printed(previous.label) && printed(cell.label) && previous.label !== cell.label ? `renumbered ${previous.label} → ${cell.label} in ${name}` : null;
    // A footnote that changed is said by its version, as the pair report says it (`footnote 8 changed in
    // A/C.1/80/L.9: Bahamas → Bahamas (The); adds Panama`), on a paragraph that kept its words too (trial 15b: the
    // history never named Panama, added to the States endorsing the political declaration of the ATT's OP 2).
    // A note that only moved with its instrument's first mention is no change (`relocated`, trial 16c): left to the step.
    // A note only succeeded with the year's report (`routine`) is the yearly succession: left to the step too.
    const notes = (cell.step?.footnoteChanges ?? []).filter(isFootnoteNews).map((note) => footnoteEvent(note.summary, name));
    if (!what) {
      if (renumbered) push(renumbered);
      for (const note of notes) push(note);
      return;
    }
    if (renumbered) push(renumbered);
    const [verb, ...detail] = what.split(': ');
    if (detail.length) push(`${verb} in ${name}: ${detail.join(': ')}`);
    // A step carrying a signal (a figure, a commitment, a reference …) or a changed footnote is news a reader needs by
    // its version: it stays its own entry, never folded into a run (trial 15c: the end of QE3, Oct 2014, four figures
    // removed, was told as one of "reworded in fomc_2014-04-30 … fomc_2014-10-29 (5 versions)").
    else push(`${verb} in ${name}`, version, renumbered || carriesSignal(cell.step!) || notes.length > 0 ? null : verb);
    for (const note of notes) push(note);
  });
  // Nothing happened after its first appearance: say so, up to the last version it is in.
  if (events.length === 1) {
    const last = cells.reduce((at, cell, version) => (cell === null ? at : version), -1);
    const first = cells.findIndex((cell) => cell !== null);
    return last > first ? `${events[0].text} · unchanged to ${versions[last].name}` : events[0].text;
  }
  return condenseRuns(events, versions).join(' · ');
}

/** A footnote change's summary with its version after its head: `footnote 8 changed: …` → `footnote 8 changed in 80/46: …`. */
function footnoteEvent(summary: string, name: string): string {
  const at = summary.indexOf(': ');
  return at === -1 ? `${summary} in ${name}` : `${summary.slice(0, at)} in ${name}${summary.slice(at)}`;
}

/** True when a step has a signal that is not routine: what a reader would look for in that version. */
function carriesSignal(step: HistoryStep): boolean {
  return step.signals.some((signal) => !('routine' in signal) || signal.routine !== true);
}

/** One event of a timeline; `verb` (`reworded`) when it is that verb alone in `version`, so that a run of them condenses. */
interface TimelineEvent {
  text: string;
  version: number;
  verb: string | null;
}

/** Runs shorter than this stay word for word (`reworded in A · reworded in B`). */
const CONDENSED_RUN_MIN = 3;

/**
 * A run of one bare verb in consecutive versions told once: `reworded at each of 7 versions, fomc_2018-03-21 →
 * fomc_2018-12-19` (trial 20-b D9: "reworded in A … B (9 versions)" read as one rewording that held for a year)
 * (trial 13c: an FOMC paragraph's timeline repeated "reworded in …" sixteen times, 600 characters). A verb with a
 * detail (`strengthened in 80/46: encourage → urge`), a step with a signal that is not routine, a renumbering or a
 * version without a change breaks the run.
 */
function condenseRuns(events: readonly TimelineEvent[], versions: readonly HistoryVersion[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < events.length; ) {
    let end = start + 1;
    const { verb, version } = events[start];
    while (verb !== null && end < events.length && events[end].verb === verb && events[end].version === version + (end - start)) end++;
    const length = end - start;
    if (length >= CONDENSED_RUN_MIN) out.push(`${verb} at each of ${length} versions, ${versions[version].name} → ${versions[events[end - 1].version].name}`);
    else for (let k = start; k < end; k++) out.push(events[k].text);
    start = end;
  }
  return out;
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
  // A routine commitment signal (the verb aged with its event: `Looks forward to` the conference → `Welcomes` its report)
  // has no tone, as in the digest and the pair report: the step reads as reworded, not strengthened.
  const [commitment, ...others] = step.signals.filter((signal): signal is CommitmentSignal => signal.type === 'commitment' && signal.routine !== true);
  // A stance voiced more or less gravely on the same subject ("expresses concern → expresses serious concern") moves the
  // position as a commitment does, and is said beside it (trial 15b: the Arms Trade Treaty's OP 5, "call upon → urge"
  // told, "serious concern" not, in A/C.1/80/L.9).
  const stances = step.signals.filter((signal): signal is StanceSignal => signal.type === 'stance');
  if (!commitment && stances.length > 0) {
    const [first, ...rest] = stances;
    const at = first.summary.indexOf(': ');
    const head = at === -1 ? `${first.summary}${moved}` : `${first.summary.slice(0, at)}${moved}${first.summary.slice(at)}`;
    return head + rest.map((signal) => `; ${signal.summary}`).join('');
  }
  if (commitment) {
    // A ranked step reads as its direction (`strengthened: encourage → urge`). A phrase added or dropped, or a stance
    // changed, has no step on the scale: its `direction` only compares strengths with none, so the line says what the
    // signal's summary says (`commitment added: urges`, `stance changed: expresses concern → urges`). Further
    // commitments of the step follow as their summaries say them ("commitment dropped in fomc_2004-05-04: be patient;
    // commitment added: at a pace that is likely to be measured": the pledge given in the same step, session 15).
    const more = [...others, ...stances].map((signal) => `; ${signal.summary}`).join('');
    if (commitment.change === undefined) return `${commitment.direction}${moved}: ${commitment.from ?? '—'} → ${commitment.to ?? '—'}${more}`;
    const at = commitment.summary.indexOf(': ');
    return (at === -1 ? `${commitment.summary}${moved}` : `${commitment.summary.slice(0, at)}${moved}${commitment.summary.slice(at)}`) + more;
  }
  return `reworded${moved}`;
}
