import type { DiffPart, HistoryResult } from '../types.js';
import { HISTORY_TAGS, HISTORY_TAG_LABELS, versionNameNote, cellPlace, cellState, changeSteps, latestText, positionTags, stepKind, transpositionViews, historyFactSteps, versionStatus, type CellState, type HistoryFactStep, type HistoryTag, positionNames, stepSummaries } from './history-labels.js';
import { DOCUMENT_NOTES, documentNoteLines, percent, signalGroupLine, signalGroups, type SignalTone } from './labels.js';
import type { DiffSegment } from './view-model.js';

/** Beyond this many versions the strip shows squares without their labels (each square keeps its text for readers). */
const LABELLED_STRIP_MAX = 12;

/** Above this many positions held by one version only, the page and the Word history leave them out (with a note). */
export const ONE_VERSION_LISTED_MAX = 500;

/** More warnings than this are folded under their count (a long series repairs the same encoding in many versions). */
const OPEN_WARNINGS_MAX = 3;

/** One version in the page's header and strip heading. */
export interface HistoryVersionView {
  /** 1-based order. */
  number: number;
  /** How the page names it (`79/52`, else its symbol, else its id). */
  name: string;
  /** Its symbol (`A/RES/79/52` for `79/52`; a draft, named by its symbol, too), else null. */
  symbol: string | null;
  /** `draft`, `adopted`, or empty when its text states neither. */
  status: string;
  title: string;
  date: string | null;
  path: string;
  paragraphs: number;
}

/** A position's cell in one version, as a square (or a labelled box) of the strip. */
export interface HistoryCellView {
  /** CSS state: `absent`, `first`, `unchanged`, `editorial`, `routine`, `substantive`, `new`, `split`, `merged`, `reinstated`. */
  state: CellState;
  /** The place in that version: `OP5`, `¶ 3`, or `—`. */
  place: string;
  /** For readers and tooltips: `80/14: OP3, modified, substantive`. */
  description: string;
}

/** One step that changed the position: from a version to another, with its word diff. */
export interface HistoryStepView {
  /** `79/15 → 80/14`. */
  heading: string;
  /** `modified, substantive`, `new`, `split`…, with `, moved`. */
  kind: string;
  /** The cell state of the step's version (for its badge colour). */
  state: CellState;
  /** `83%`, or empty for new paragraphs. */
  similarity: string;
  /** The step's signals, each with its tone (`weaker`, `stronger`, `neutral`), then its footnote changes (`neutral`). */
  signals: Array<{ summary: string; tone: SignalTone }>;
  /** The word diff as runs for `inlineDiff` (empty for new paragraphs and unchanged moves). */
  segments: DiffSegment[];
}

/** One row of the page: a position followed across the versions. */
export interface HistoryPositionView {
  /** Anchor: `pos-3` (1-based row). */
  anchor: string;
  /** 1-based row. */
  number: number;
  /** Its tags, space-separated, for the filters (`data-tags`). */
  tags: string;
  /** Its tags as badges. */
  badges: Array<{ tag: HistoryTag; label: string }>;
  /** True when something happened to it after it first appeared ("Only changes" keeps it). */
  changed: boolean;
  /** The position's place in its newest version (`OP5`, `¶ 3`). */
  place: string;
  /** The timeline line of the history table. */
  timeline: string;
  /** Its text in the newest version that holds it, shown once. */
  text: string;
  /** The version that text comes from. */
  textVersion: string;
  /** One cell per version. */
  cells: HistoryCellView[];
  /** Each step that changed it, oldest first. */
  steps: HistoryStepView[];
}

/** What `templates/history/history.hbs` receives. */
export interface HistoryViewModel {
  tool: { name: string; version: string };
  /** ISO generation time, or empty (not recorded). */
  generatedAt: string;
  /** Link back to the batch index, for a history a batch wrote (`../index.html`); null elsewhere. */
  indexLink: string | null;
  pageTitle: string;
  heading: string;
  subheading: string;
  /** The print's running head (the pair report's `@page` margin box, shared styles): the first and last versions. */
  runningHead: string;
  versions: HistoryVersionView[];
  /** How many versions (the strip's columns; the page script sets the grid from it). */
  versionCount: number;
  /** True when the strip prints each cell's place and the versions table is open (few versions). */
  labelledStrip: boolean;
  /** Why the versions are named by their resolution number (`79/52` is `A/RES/79/52`), or null when each is named by its symbol. */
  nameNote: string | null;
  /** True when some version states a status (draft or adopted): the versions table then has a Status column. */
  hasStatus: boolean;
  /** The document facts, step by step (only the steps where an official fact changed). */
  factSteps: HistoryFactStep[];
  /** True when one step has document facts: its summary says "1 step". */
  factStepsOne: boolean;
  /** True when the versions' titles differ (the table then shows each; else the heading says it once). */
  titlesDiffer: boolean;
  /** Counts for the summary. */
  figures: Array<{ label: string; value: string }>;
  /** The paragraphs moved against the others' order, one per move: the position's number, anchor and place, the version. */
  transpositions: Array<{ number: number; anchor: string; place: string; version: string }>;
  /** What each step changed: its counts and first key changes, each linked to its position (trial 17b D14). */
  stepSummaries: Array<{ heading: string; counts: string; keyChanges: Array<{ className: string; anchor: string | null; number: number | null; text: string }>; more: string | null }>;
  /** Filter buttons, one per tag. */
  filters: Array<{ tag: HistoryTag; label: string; description: string; count: number; disabled: boolean }>;
  positions: HistoryPositionView[];
  /**
   * Set when the positions held by one version only (added, then dropped) are too many to list (`ONE_VERSION_LISTED_MAX`):
   * they are left out of `positions` and this says so at the top. Null when every position is listed.
   */
  collapsedNote: string | null;
  /** `name=value` of each option, for the about line. */
  options: string;
  /** Non-fatal problems, each with the file it concerns (empty when none). */
  warnings: Array<{ file: string; message: string }>;
  /** True when the warnings are few enough to show open (else folded under their count). */
  warningsOpen: boolean;
}

/** Build the history page's view model from the table: every field precomputed, nothing left to derive in templates. */
export function buildHistoryViewModel(result: HistoryResult, options: { generatedAt?: string; indexHref?: string } = {}): HistoryViewModel {
  const { history } = result;
  const names = history.versions.map((version) => version.name);
  const headingNames = positionNames(result);
  const positions = history.positions.map((position, row): HistoryPositionView => {
    const tags = positionTags(position);
    const latest = latestText(result, position);
    return {
      anchor: `pos-${row + 1}`,
      number: row + 1,
      tags: tags.join(' '),
      badges: tags.map((tag) => ({ tag, label: HISTORY_TAG_LABELS[tag].label })),
      changed: !tags.includes('unchanged'),
      place: headingNames[row],
      timeline: position.timeline,
      text: latest.text,
      textVersion: names[latest.version],
      cells: position.cells.map((cell, version) => {
        const state = cellState(position, version);
        const what = !cell ? 'absent' : cell.step ? `${stepKind(cell.step)}${cell.step.moved ? ', moved' : ''}` : 'first version';
        return { state, place: cellPlace(cell), description: `${names[version]}: ${cell ? `${cellPlace(cell)}, ` : ''}${state === 'reinstated' ? 'reinstated, ' : ''}${what}` };
      }),
      steps: changeSteps(position).map(({ version, step }) => ({
        heading: `${names[step.from]} → ${names[version]}`,
        kind: `${cellState(position, version) === 'reinstated' ? 'reinstated, ' : ''}${stepKind(step)}${step.moved ? ', moved' : ''}`,
        state: cellState(position, version),
        similarity: step.kind === 'new' ? '' : percent(step.similarity),
        // A footnote that changed is listed with the signals, as the pair report's key changes list it ("footnote 8 changed: adds Panama").
        signals: [...signalGroups(step.signals).map((group) => ({ summary: signalGroupLine(group), tone: group.tone })), ...(step.footnoteChanges ?? []).map((note) => ({ summary: note.summary, tone: 'neutral' as const }))],
        segments: step.kind === 'new' || step.kind === 'unchanged' ? [] : segmentsOf(step.diff),
      })),
    };
  });
  // A series of texts that share little (Brazil's 79 General Debate speeches: 2,617 positions, a 28 MB page) is mostly
  // positions in one version only, "added, dropped": past ONE_VERSION_LISTED_MAX of them the page lists the positions
  // followed across versions and says at its top how many it leaves out (the JSON and Markdown list every one).
  const oneVersion = history.positions.map((position) => !position.reinstated && position.cells.filter((cell) => cell !== null).length === 1);
  const oneVersionCount = oneVersion.filter(Boolean).length;
  const collapse = oneVersionCount > ONE_VERSION_LISTED_MAX;
  const counts = new Map<HistoryTag, number>(HISTORY_TAGS.map((tag) => [tag, positions.filter((position) => position.badges.some((badge) => badge.tag === tag)).length]));
  const changed = positions.filter((position) => position.changed).length;
  return {
    tool: result.tool,
    generatedAt: options.generatedAt ?? '',
    indexLink: options.indexHref ?? null,
    pageTitle: `History of ${result.history.title} (${names.length} versions)`,
    heading: result.history.title,
    runningHead: `History: ${names[0]} → ${names[names.length - 1]} (${names.length} versions)`,
    subheading: `${names.length} versions, ${names[0]} to ${names[names.length - 1]}: every paragraph followed across them`,
    versions: result.documents.map((document, index) => ({
      number: index + 1,
      name: names[index],
      // The Symbol column names every version that has one: a draft, named by its symbol, left it empty (trial 13c).
      symbol: document.symbol ?? null,
      status: versionStatus(result, index),
      title: document.title,
      date: document.date,
      path: document.path,
      paragraphs: document.paragraphs.length,
    })),
    versionCount: names.length,
    nameNote: versionNameNote(result),
    hasStatus: result.documents.some((_, index) => versionStatus(result, index) !== ''),
    factSteps: historyFactSteps(result),
    factStepsOne: historyFactSteps(result).length === 1,
    titlesDiffer: result.documents.some((document) => document.title !== result.history.title),
    labelledStrip: names.length <= LABELLED_STRIP_MAX,
    figures: [
      { label: 'positions', value: String(positions.length) },
      { label: 'changed', value: String(changed) },
      { label: 'reinstated', value: String(counts.get('reinstated')) },
      { label: 'transpositions', value: String(history.transpositions.length) },
    ],
    transpositions: transpositionViews(result).map((move) => ({ ...move, anchor: `pos-${move.number}` })),
    stepSummaries: stepSummaries(result).map((step) => ({
      ...step,
      keyChanges: step.keyChanges.map((change) => ({ className: change.tone ? `tone-${change.tone}` : '', anchor: change.position === null ? null : `pos-${change.position}`, number: change.position, text: change.text })),
    })),
    filters: HISTORY_TAGS.map((tag) => ({ tag, ...HISTORY_TAG_LABELS[tag], count: counts.get(tag)!, disabled: counts.get(tag) === 0 })),
    positions: collapse ? positions.filter((_, row) => !oneVersion[row]) : positions,
    collapsedNote: collapse
      ? `${oneVersionCount.toLocaleString('en-US')} of ${positions.length.toLocaleString('en-US')} positions are in one version only (added there, absent from the others: the versions share little, as a country's yearly speeches do) and are not listed here; the ${(positions.length - oneVersionCount).toLocaleString('en-US')} followed across versions are. The history's JSON and Markdown list every position.`
      : null,
    options: Object.entries(result.options).map(([name, value]) => `${name}=${String(value)}`).join(' '),
    // A document's own notes (a mojibake repair) one line per message naming its documents (trial 20-b D10).
    warnings: [...result.warnings.filter((warning) => !DOCUMENT_NOTES.has(warning.code)).map((warning) => ({ file: warning.file ?? '', message: warning.message })), ...documentNoteLines(result.warnings).map((note) => ({ file: '', message: note }))],
    warningsOpen: result.warnings.filter((warning) => !DOCUMENT_NOTES.has(warning.code)).length + documentNoteLines(result.warnings).length <= OPEN_WARNINGS_MAX,
  };
}

/** A step's diff as runs; the separator of joined findings becomes a pilcrow. */
function segmentsOf(parts: readonly DiffPart[]): DiffSegment[] {
  return parts.map((part) => ({ op: part.op, text: part.text.replace(/\n\n/g, ' ¶ ') }));
}
