import type { HistoryKeyChange, HistoryCell, HistoryPosition, HistoryResult, HistoryStep } from '../types.js';
import { changedFacts } from './labels.js';

/** What the history renderers share: a position's tags, a cell's state and place, a step in words. Reads the table only. */

/** What can happen to a position across the versions: the page's filters and the text's tags. */
export type HistoryTag = 'new' | 'dropped' | 'reinstated' | 'substantive' | 'editorial' | 'routine' | 'split' | 'merged' | 'moved' | 'footnote' | 'unchanged';

/** All history tags, in filter order. */
export const HISTORY_TAGS: readonly HistoryTag[] = ['substantive', 'new', 'dropped', 'reinstated', 'split', 'merged', 'moved', 'footnote', 'routine', 'editorial', 'unchanged'];

/**
 * Each tag's filter label and what it means: the pair report's names (`TAG_LABELS`) for the same things, so "Substantive 7"
 * and "New 2" in a pair report count what the history counts (trial 16c: the history said "Reworded" and "Added").
 */
export const HISTORY_TAG_LABELS: Readonly<Record<HistoryTag, { label: string; description: string }>> = {
  substantive: { label: 'Substantive', description: 'changed beyond editorial fixes and the yearly succession in at least one version' },
  new: { label: 'New', description: 'absent from the first version, new in a later one' },
  dropped: { label: 'Dropped', description: 'dropped from a version (maybe back later)' },
  reinstated: { label: 'Reinstated', description: 'dropped from a version and back in a later one' },
  split: { label: 'Split', description: 'split into several paragraphs in a version' },
  merged: { label: 'Merged', description: 'merged with other paragraphs in a version' },
  moved: { label: 'Moved', description: 'moved out of reading order in a version' },
  footnote: { label: 'Footnote changed', description: 'a footnote of its paragraphs changed, came or went in a version (its words maybe not)' },
  routine: { label: 'Routine', description: 'only the yearly succession changed (sessions, years, dates, symbols)' },
  editorial: { label: 'Editorial', description: 'only case, punctuation or spelling changed' },
  unchanged: { label: 'Unchanged', description: 'the same in every version that holds it' },
};

/** How a cell looks in the positions × versions strip. */
export type CellState = 'absent' | 'first' | 'unchanged' | 'editorial' | 'routine' | 'substantive' | 'new' | 'split' | 'merged' | 'reinstated';

/** A step's kind in the words of the pair report: `modified, substantive`, `unchanged`, `new`. */
export function stepKind(step: HistoryStep): string {
  if (step.kind !== 'modified') return step.kind;
  return `modified, ${step.editorial ? 'editorial' : step.routine ? 'routine' : 'substantive'}`;
}

/** The state of a position's cell in one version. */
export function cellState(position: HistoryPosition, version: number): CellState {
  const cell = position.cells[version];
  if (!cell) return 'absent';
  if (!cell.step) return 'first';
  if (version > 0 && position.cells[version - 1] === null && cell.step.kind !== 'new') return 'reinstated';
  const { kind } = cell.step;
  if (kind === 'modified') return cell.step.editorial ? 'editorial' : cell.step.routine ? 'routine' : 'substantive';
  return kind === 'dropped' ? 'absent' : kind;
}

/** The tags of a position: everything that happened to it across the versions (`unchanged` when nothing did). */
export function positionTags(position: HistoryPosition): HistoryTag[] {
  const tags = new Set<HistoryTag>();
  position.cells.forEach((cell, version) => {
    if (version === 0) return;
    const previous = position.cells[version - 1];
    if (!cell) {
      if (previous) tags.add('dropped');
      return;
    }
    const state = cellState(position, version);
    if (state === 'new') tags.add('new');
    else if (state === 'reinstated') tags.add('reinstated');
    else if (state === 'substantive' || state === 'editorial' || state === 'routine' || state === 'split' || state === 'merged') tags.add(state);
    if (cell.step?.moved) tags.add('moved');
    // A note that only moved, or the year's report succeeded in it, is no news (`isFootnoteNews` in footnote-changes.ts).
    if (cell.step?.footnoteChanges?.some((note) => !note.relocated && !note.routine)) tags.add('footnote');
  });
  if (position.reinstated) tags.add('reinstated');
  if (tags.size === 0) tags.add('unchanged');
  return HISTORY_TAGS.filter((tag) => tags.has(tag));
}

/** Whether anything happened to a position after it first appeared (added later counts). */
export function positionChanged(position: HistoryPosition): boolean {
  return !positionTags(position).includes('unchanged');
}

/** Where a cell sits in its version: the UN label (`OP5`), else `¶ 3` (1-based), or `—` when absent. */
export function cellPlace(cell: HistoryCell | null): string {
  if (!cell) return '—';
  return cell.label ?? `¶ ${cell.paragraphs.map((index) => index + 1).join('+')}`;
}

/**
 * Each position's name in its heading, by row: its place in the newest version that holds it (`OP 5`, `¶ 4`), with that version's
 * name when another position's heading would read the same (`¶ 4 in fomc_2014-09-17`): trial 15c found two "¶ 4", two
 * "¶ 5" and two "heading 1" among the headings of one FOMC history, which no reader could cite apart.
 */
export function positionNames(result: HistoryResult): string[] {
  const latest = result.history.positions.map((position) => latestText(result, position).version);
  const places = result.history.positions.map((position, row) => cellPlace(position.cells[latest[row]]));
  const uses = new Map<string, number>();
  for (const place of places) uses.set(place, (uses.get(place) ?? 0) + 1);
  return places.map((place, row) => (uses.get(place)! > 1 ? `${place} in ${result.history.versions[latest[row]].name}` : place));
}

/** The position's text in the newest version that holds it, and that version's index. */
export function latestText(result: HistoryResult, position: HistoryPosition): { version: number; text: string } {
  let version = position.cells.length - 1;
  while (version > 0 && position.cells[version] === null) version--;
  const cell = position.cells[version]!;
  return { version, text: cell.paragraphs.map((index) => result.documents[version].paragraphs[index].text).join('\n\n') };
}

/** The steps that changed something (not `unchanged` in place, or a footnote changed), with the version they lead to. */
export function changeSteps(position: HistoryPosition): Array<{ version: number; step: HistoryStep }> {
  const steps: Array<{ version: number; step: HistoryStep }> = [];
  position.cells.forEach((cell, version) => {
    if (cell?.step && (cell.step.kind !== 'unchanged' || cell.step.moved || cell.step.from !== version - 1 || (cell.step.footnoteChanges?.length ?? 0) > 0)) steps.push({ version, step: cell.step });
  });
  return steps;
}

/**
 * The version's symbol where the history names it otherwise (`A/RES/78/48` for `78/48`), else null. The history names a
 * resolution by its number, as resolutions cite one another (`resolution 78/48`), where the digest and pair reports say
 * its symbol: each page lists both, so a reader can match them.
 */
export function versionSymbol(result: HistoryResult, version: number): string | null {
  const symbol = result.documents[version]?.symbol ?? null;
  return symbol && symbol !== result.history.versions[version]?.name ? symbol : null;
}

/** The sentence that says why the versions are named by their resolution number, or null when each is named by its symbol. */
export function versionNameNote(result: HistoryResult): string | null {
  const version = result.history.versions.findIndex((_, index) => versionSymbol(result, index) !== null);
  if (version === -1) return null;
  return `Versions are named by their resolution number, as resolutions cite one another (${result.history.versions[version].name} is ${versionSymbol(result, version)}).`;
}

/** A move as the renderers list it: the position's number and its place (label) in the version where it moved. */
export interface TranspositionView {
  /** The position's number as shown (`6`). */
  number: number;
  /** Its place in the version where it moved (`¶ 3`, `OP 5`). */
  place: string;
  /** The version where it moved, as the history names it. */
  version: string;
}

/**
 * The paragraphs moved against the others' order, one per move (`History.transpositions`), by position number: named
 * by number and label, never only counted (trial 13c: "transpositions 5" named no paragraph, for one move of ¶ 3).
 */
export function transpositionViews(result: HistoryResult): TranspositionView[] {
  const { history } = result;
  return history.transpositions.map((move) => ({
    number: move.number,
    place: cellPlace(history.positions[move.position]?.cells[move.version] ?? null),
    version: history.versions[move.version].name,
  }));
}

/** The moves in one line, each number as the renderer shows it: `#6 ¶ 3 in fomc_2012-01-25` (text), `6. ¶ 3 in …` (Markdown). */
export function transpositionsLine(result: HistoryResult, style: 'text' | 'markdown'): string {
  return transpositionViews(result).map((move) => `${style === 'text' ? `#${move.number}` : `${move.number}.`} ${move.place} in ${move.version}`).join('; ');
}

/** The document facts of one step of the history: the official facts that changed from one version to the next. */
export interface HistoryFactStep {
  /** `A/C.1/80/L.9 → 80/46`. */
  heading: string;
  /** The facts that differ, as the pair report lists them (`changedFacts`): label, older value, newer value. */
  facts: Array<{ label: string; left: string; right: string }>;
  /** True when a draft was adopted and no position changed in that step: said as "adopted without textual change". */
  adoptedUnchanged: boolean;
}

/**
 * The history's document facts, step by step (each version against the one before), read as `compare` reads them for
 * one pair (`changedFacts`): status draft → adopted, basis, dates, distribution, resolution, meeting. Only the steps
 * where a fact changed. README: every output has a document-facts part (trial 13c: the history of A/C.1/80/L.9 →
 * A/RES/80/46 had none, and said only "No changes").
 */
export function historyFactSteps(result: HistoryResult): HistoryFactStep[] {
  const { documents, history } = result;
  const steps: HistoryFactStep[] = [];
  // A value said once in full: the 56 sponsors of A/C.1/80/L.9 were listed as the status it went to and again as the
  // status it came from, a phone screen each (trial 15b). The second time: its opening and "as above".
  const said = new Set<string>();
  const once = (value: string): string => {
    if (value.length <= SAID_IN_FULL) return value;
    if (said.has(value)) return `${value.slice(0, value.indexOf('(') > 0 ? value.indexOf('(') : SAID_IN_FULL).trimEnd()} (as above)`;
    said.add(value);
    return value;
  };
  for (let version = 1; version < documents.length; version++) {
    const facts = changedFacts(documents[version - 1], documents[version]).map((fact) => ({ ...fact, left: once(fact.left), right: once(fact.right) }));
    // A title or a note revised is a change in the text no position shows (trial 21-a D1, D2).
    const inText = history.summary.find((step) => step.version === version && step.from === undefined)?.textChanges?.length ?? 0;
    const adoptedUnchanged = documents[version - 1].status?.stage === 'draft' && documents[version].status?.stage === 'adopted' && inText === 0 && stepUnchanged(history.positions, version);
    if (facts.length || adoptedUnchanged) steps.push({ heading: `${history.versions[version - 1].name} → ${history.versions[version].name}`, facts, adoptedUnchanged });
  }
  return steps;
}

/** Longest fact value always said in full: a longer one (a list of sponsors) is said once, then "as above". */
const SAID_IN_FULL = 120;

/** Whether no position changed from `version - 1` to `version`: each in both or neither, unchanged in place. */
function stepUnchanged(positions: readonly HistoryPosition[], version: number): boolean {
  return positions.every((position) => {
    const before = position.cells[version - 1];
    const cell = position.cells[version];
    if (!before || !cell) return !before && !cell;
    return cell.step !== null && cell.step.from === version - 1 && cell.step.kind === 'unchanged' && !cell.step.moved;
  });
}

/** What a version is, for the versions table: `draft`, `adopted`, or empty when its text states neither. */
export function versionStatus(result: HistoryResult, version: number): string {
  return result.documents[version]?.status?.stage ?? '';
}

/** One step of the history's summary as the outputs say it: heading, counts, key changes to show, and how many more. */
export interface StepSummaryView {
  /** `78/218 → 79/181`. */
  heading: string;
  /** `29 substantive · 8 routine · 5 new · 2 dropped` (the counts that are not zero), or `no change`. */
  counts: string;
  /** The key changes shown, each with the number of its position (null when in none). */
  keyChanges: HistoryKeyChange[];
  /** `and 31 more key changes`, or null when all are shown. */
  more: string | null;
}

/**
 * The summary of each step (trial 17b D14): what it changed in counts, then its first key changes as the pair report
 * ranks them, for the first screen of every history format. One step to a line of counts and the key changes the data
 * keeps (five): the table below tells the rest.
 */
export function stepSummaries(result: HistoryResult): StepSummaryView[] {
  const names = result.history.versions.map((version) => version.name);
  return result.history.summary.map((step) => {
    const { counts } = step;
    const parts: Array<[number, string]> = [
      [counts.substantive, 'substantive'],
      [counts.routine, 'routine'],
      [counts.editorial, 'editorial'],
      [counts.new, 'new'],
      [counts.dropped, 'dropped'],
      [counts.reinstated, 'reinstated'],
    ];
    const inText = step.textChanges ?? [];
    const said = [...parts.filter(([count]) => count > 0).map(([count, word]) => `${count} ${word}`), ...(inText.length ? [`${inText.length} in the text`] : [])];
    // The changes in the text no key change says (a title, a note, a paragraph moved or split) follow the key changes.
    // And the paragraphs renumbered, once for the step in runs (trial 21-a D10), as the record cites the issued numbers.
    const renumbered: HistoryKeyChange[] = step.renumbered?.length ? [{ rank: 'preambular', text: `renumbered: ${step.renumbered.join(', ')}`, tone: null, position: null }] : [];
    const shown: HistoryKeyChange[] = [...step.keyChanges, ...inText.map((text) => ({ rank: 'preambular' as const, text, tone: null, position: null })), ...renumbered];
    const more = step.keyChangesTotal - shown.length;
    // A step past unrelated versions names them, as the digest does: `A → C (skipping B, unrelated)`.
    const from = step.from ?? step.version - 1;
    const skipping = step.from === undefined ? '' : ` (skipping ${names.slice(step.from + 1, step.version).join(', ')}, unrelated)`;
    return {
      heading: `${names[from]} → ${names[step.version]}${skipping}`,
      counts: said.length ? said.join(' · ') : 'no change',
      keyChanges: shown,
      more: more > 0 ? `and ${more} more key ${more === 1 ? 'change' : 'changes'}` : null,
    };
  });
}
