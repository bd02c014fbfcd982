import { basename } from 'node:path';
import type { Comparison, DiffPart, Finding, FindingKind, Paragraph, RedlineResult } from '../types.js';
import {
  ROW_TAGS,
  SCORE_LABELS,
  TAG_LABELS,
  comparedDocuments,
  countTags,
  isChange,
  kindTag,
  percent,
  positionsLabel,
  relatedPhrase,
  sentenceCase,
  unpairedSide,
  type ResultDocument,
  type RowTag,
} from './labels.js';
import { RedlineError } from '../errors.js';

/** One run of text in a paragraph: kept, inserted (right side only) or deleted (left side only). */
export interface DiffSegment {
  op: DiffPart['op'];
  text: string;
}

/** A paragraph as one side of a row shows it. */
export interface ParagraphView {
  /** Stable anchor, e.g. `p-left-12` for the older document's 12th paragraph: a row can be cited by URL. */
  anchor: string;
  /** 1-based position in its document. */
  position: number;
  /** The paragraph's own label (`12.`, `(a)`), or null. */
  number: string | null;
  /** `para`, plus `heading` for a heading line. */
  className: string;
  /** The text cut into runs; an unchanged paragraph is one `equal` run, so it costs no extra elements. */
  segments: DiffSegment[];
}

/** One component score of a pair, formatted. */
export interface ScoreView {
  label: string;
  description: string;
  value: string;
}

/** One finding as a row of the side-by-side table. */
export interface RowView {
  /** Name of the partial that draws this row: `row`, the same for every kind (the fields below carry the kind). */
  partial: 'row';
  /** The finding's kind (`unchanged`, `modified`, `split`, `merged`, `new`, `dropped`). */
  kind: FindingKind;
  /** Row anchor, `r-<n>` for the n-th finding in reading order. */
  id: string;
  /** CSS classes of the row, precomputed so templates hold no conditions. */
  className: string;
  /** Space-separated filter tags (`substantive moved`): a filter toggle hides every row carrying its tag. */
  tags: string;
  tag: Exclude<RowTag, 'moved'>;
  kindLabel: string;
  kindDescription: string;
  moved: boolean;
  /** Similarity as a percentage, or null for new and dropped paragraphs. */
  similarity: string | null;
  left: ParagraphView[];
  right: ParagraphView[];
  /** What the older side says instead of paragraphs: `Not in the older text` for a new paragraph, else null. */
  leftAbsent: string | null;
  /** `Not in the newer text` for a dropped paragraph, else null. */
  rightAbsent: string | null;
  /** `¶ 5` or `¶ 5–6`: the older paragraphs this row shows; empty for a new paragraph. */
  leftLabel: string;
  rightLabel: string;
  /** For a moved row: the link back to the place it stood in the older document. */
  movedFrom: { href: string; label: string } | null;
  /**
   * For a new or dropped row whose content is partly found elsewhere in the other text (a `related` link): one note,
   * e.g. `Related to older ¶ 3, 5 (62% of its content; shared: transition, workers, …)`; else null.
   */
  related: string | null;
  /** When the paragraph's number label changed, e.g. `{ from: '12.', to: '13.' }`. */
  renumbered: { from: string; to: string } | null;
  /** Policy signals as sentences, e.g. `Commitment weakened: welcome → note`. */
  signals: string[];
  /** Why the paragraphs were paired: component scores and shared key terms; null when nothing was paired. */
  why: { scores: ScoreView[]; terms: string[] } | null;
  /** What a screen reader announces for the row. */
  ariaLabel: string;
  /** True when the row is a change: a stop for next/previous navigation and a tick on the change map. */
  isChange: boolean;
}

/** Consecutive unchanged rows, which the "only changes" switch folds into one expandable line. */
export interface UnchangedRunView {
  partial: 'unchanged-run';
  id: string;
  count: number;
  /** `3 unchanged paragraphs (newer ¶ 4–6)`. */
  label: string;
  rows: RowView[];
}

/** The marker left where a moved paragraph stood in the older document, linking to where it went. */
export interface MovedFromView {
  partial: 'row-moved-from';
  /** `moved-from-left-<n>`: the target of the moved row's "moved from" link. */
  id: string;
  tags: string;
  /** `Older ¶ 5 moved`. */
  label: string;
  /** Link to the moved paragraph's row. */
  href: string;
  /** `newer ¶ 12`. */
  targetLabel: string;
}

/** One entry in the row stream. */
export type EntryView = RowView | UnchangedRunView | MovedFromView;

/** One tick on the change map: where a change sits in the document, linking to its row. */
export interface MinimapTick {
  href: string;
  className: string;
  /** Distance from the top of the document, in percent with one decimal (the page script places the tick). */
  pos: string;
  label: string;
}

/** A fact about both documents, side by side in the summary table. */
export interface DocumentFactView {
  label: string;
  left: string;
  right: string;
  /** `code` for checksums and paths, shown in monospace; empty otherwise. */
  className: string;
}

/** A filter toggle: one per row tag, labelled with its count. */
export interface FilterView {
  tag: RowTag;
  label: string;
  description: string;
  count: number;
  /** True when no row carries the tag: the toggle is shown but does nothing. */
  disabled: boolean;
}

/** Everything the report templates show, precomputed: templates only place these values. */
export interface ReportViewModel {
  /** The browser tab's title. */
  pageTitle: string;
  /** The page's main heading: the newer document's title. */
  heading: string;
  /** What it is compared with: the older title, or both versions' dates and files when the titles are the same. */
  subheading: string;
  tool: { name: string; version: string };
  /** The generation time as given by the caller (ISO 8601), or `not recorded`. */
  generatedAt: string;
  leftHeading: string;
  rightHeading: string;
  documentFacts: DocumentFactView[];
  similarity: string;
  coverage: string;
  filters: FilterView[];
  changeCount: number;
  entries: EntryView[];
  minimap: MinimapTick[];
  options: Array<{ name: string; value: string }>;
  warnings: Array<{ code: string; message: string; file: string }>;
  /** `Scored 120 of 2,304 candidate pairs.`: the cost of the alignment search. */
  searchStats: string;
  /** Set when the result holds several comparisons and this page shows one of them. */
  comparisonNote: string | null;
  /** The whole result, embedded as JSON for re-rendering and checking. */
  data: RedlineResult;
}

/** How a view model is built: which comparison, and the generation time to print. */
export interface ViewModelOptions {
  /** Index into `result.comparisons`; default 0. */
  comparison?: number;
  /** ISO 8601 generation time to print; omitted means "not recorded" (output stays a function of the input). */
  generatedAt?: string;
}

/** Precompute everything the HTML templates show for one comparison of a result. */
export function buildViewModel(result: RedlineResult, options: ViewModelOptions = {}): ReportViewModel {
  const comparisonIndex = options.comparison ?? 0;
  const comparison = result.comparisons[comparisonIndex];
  if (!comparison) {
    throw new RedlineError(
      'bad-result',
      `the result has ${result.comparisons.length} comparison(s), so comparison ${comparisonIndex} cannot be rendered`,
      'Pass a comparison index below the number of comparisons, or render a result produced by redline compare.',
    );
  }
  const documents = comparedDocuments(result, comparison);
  const rarity = termRarity(documents.right.paragraphs);
  const relatedNotes = new Map<string, string>();
  for (const link of comparison.related) {
    const side = unpairedSide(comparison, link);
    relatedNotes.set(`${side} ${side === 'left' ? link.left[0] : link.right[0]}`, sentenceCase(relatedPhrase(link, side)));
    // A dropped and a new paragraph related one to one: both rows carry the note (only new and dropped rows read it).
    const other = side === 'left' ? 'right' : 'left';
    const otherKey = `${other} ${other === 'left' ? link.left[0] : link.right[0]}`;
    if (link.left.length === 1 && link.right.length === 1 && !relatedNotes.has(otherKey)) relatedNotes.set(otherKey, sentenceCase(relatedPhrase(link, other, false)));
  }
  const rows = comparison.findings.map((finding, index) => buildRow(finding, index, documents, rarity, relatedNotes));
  const stream = withMovedFromMarkers(rows, comparison.findings);
  const counts = countTags(comparison.findings);
  const { left, right } = documents;
  const sameTitle = left.title === right.title;

  return {
    pageTitle: `Redline: ${right.title}`,
    heading: right.title,
    subheading: sameTitle
      ? `Two versions compared: older (${versionLabel(left)}) → newer (${versionLabel(right)})`
      : `Compared with the older text: ${left.title}${left.date ? ` (${left.date})` : ''}`,
    tool: { name: result.tool.name, version: result.tool.version },
    generatedAt: options.generatedAt ?? 'not recorded',
    leftHeading: columnHeading('Older', left, sameTitle),
    rightHeading: columnHeading('Newer', right, sameTitle),
    documentFacts: documentFacts(left, right),
    similarity: percent(comparison.similarity),
    coverage: percent(comparison.coverage),
    filters: ROW_TAGS.map((tag) => ({
      tag,
      label: TAG_LABELS[tag].label,
      description: TAG_LABELS[tag].description,
      count: counts[tag],
      disabled: counts[tag] === 0,
    })),
    changeCount: rows.filter((row) => row.isChange).length,
    entries: foldUnchangedRuns(stream),
    minimap: minimapTicks(stream),
    options: Object.entries(result.options).map(([name, value]) => ({ name, value: String(value) })),
    warnings: result.warnings.map((warning) => ({ code: warning.code, message: warning.message, file: warning.file ?? '' })),
    searchStats: searchStats(comparison),
    comparisonNote:
      result.comparisons.length > 1
        ? `This result holds ${result.comparisons.length} comparisons; this page shows comparison ${comparisonIndex + 1}.`
        : null,
    data: result,
  };
}

function fileLabel(document: ResultDocument): string {
  return document.path === '-' ? 'standard input' : basename(document.path);
}

function versionLabel(document: ResultDocument): string {
  return [document.date, fileLabel(document)].filter(Boolean).join(', ');
}

/** Above each column: the side, its date, and its title (or its file, when both titles are the same). */
function columnHeading(side: 'Older' | 'Newer', document: ResultDocument, sameTitle: boolean): string {
  return [side, document.date, sameTitle ? fileLabel(document) : document.title].filter(Boolean).join(' · ');
}

function documentFacts(left: ResultDocument, right: ResultDocument): DocumentFactView[] {
  const facts: Array<{ label: string; code: boolean; value: (document: ResultDocument) => string | null | undefined }> = [
    { label: 'Title', code: false, value: (document) => document.title },
    { label: 'Date', code: false, value: (document) => document.date },
    { label: 'Issuer', code: false, value: (document) => document.issuer },
    { label: 'Place', code: false, value: (document) => document.place },
    { label: 'Symbol', code: false, value: (document) => document.symbol },
    { label: 'Source', code: false, value: (document) => document.source },
    { label: 'Paragraphs', code: false, value: (document) => String(document.paragraphs.length) },
    { label: 'File', code: true, value: (document) => document.path },
    { label: 'sha256', code: true, value: (document) => document.sha256 },
  ];
  return facts
    .map((fact) => ({ label: fact.label, className: fact.code ? 'code' : '', left: fact.value(left) ?? '', right: fact.value(right) ?? '' }))
    // A title both share is already the page heading; a fact neither has is noise.
    .filter((fact) => (fact.label === 'Title' ? fact.left !== fact.right : fact.left !== '' || fact.right !== ''));
}

function searchStats(comparison: Comparison): string {
  const { candidatePairs, allPairs } = comparison.stats;
  return `Scored ${candidatePairs.toLocaleString('en-US')} of ${allPairs.toLocaleString('en-US')} candidate paragraph pairs.`;
}

function buildRow(
  finding: Finding,
  index: number,
  documents: { left: ResultDocument; right: ResultDocument },
  rarity: Map<string, number>,
  relatedNotes: ReadonlyMap<string, string>,
): RowView {
  const tag = kindTag(finding);
  const left = finding.left.map((i) => paragraphAt(documents.left, i));
  const right = finding.right.map((i) => paragraphAt(documents.right, i));
  // Unchanged, new and dropped text is shown plain: the badge says it all, and plain text keeps the DOM lean.
  const showDiff = finding.kind !== 'unchanged' && finding.kind !== 'new' && finding.kind !== 'dropped';
  const leftSegments = showDiff ? segmentsPerParagraph(finding.diff, 'left', left) : left.map(plainSegments);
  const rightSegments = showDiff ? segmentsPerParagraph(finding.diff, 'right', right) : right.map(plainSegments);
  const change = isChange(finding);
  const leftLabel = left.length ? `¶ ${positionsLabel(finding.left)}` : '';
  const rightLabel = right.length ? `¶ ${positionsLabel(finding.right)}` : '';
  const tags = finding.moved ? `${tag} moved` : tag;
  const placeLabel = [leftLabel && `older ${leftLabel}`, rightLabel && `newer ${rightLabel}`].filter(Boolean).join(', ');

  return {
    partial: 'row',
    kind: finding.kind,
    id: `r-${index + 1}`,
    className: ['row', `row-${tag}`, change ? 'change' : '', finding.moved ? 'is-moved' : ''].filter(Boolean).join(' '),
    tags,
    tag,
    kindLabel: TAG_LABELS[tag].label,
    kindDescription: TAG_LABELS[tag].description,
    moved: finding.moved,
    // An in-place unchanged row needs no number: 100% would only add noise to the column.
    similarity: showDiff || finding.moved ? percent(finding.similarity) : null,
    left: left.map((paragraph, i) => paragraphView('left', paragraph, leftSegments[i])),
    right: right.map((paragraph, i) => paragraphView('right', paragraph, rightSegments[i])),
    leftAbsent: finding.kind === 'new' ? 'Not in the older text' : null,
    rightAbsent: finding.kind === 'dropped' ? 'Not in the newer text' : null,
    leftLabel,
    rightLabel,
    movedFrom:
      finding.moved && finding.left.length
        ? { href: `#${movedFromId(finding.left)}`, label: `older ${leftLabel}` }
        : null,
    related:
      finding.kind === 'dropped' ? (relatedNotes.get(`left ${finding.left[0]}`) ?? null) : finding.kind === 'new' ? (relatedNotes.get(`right ${finding.right[0]}`) ?? null) : null,
    renumbered: renumbering(finding, left, right),
    signals: finding.signals.map((signal) => sentenceCase(signal.summary)),
    why: explainPair(finding, rarity),
    ariaLabel: `${TAG_LABELS[tag].label}${finding.moved ? ', moved' : ''}: ${placeLabel}`,
    isChange: change,
  };
}

function paragraphAt(document: ResultDocument, index: number): Paragraph {
  const paragraph = document.paragraphs[index];
  if (!paragraph) {
    throw new RedlineError(
      'bad-result',
      `a finding names paragraph ${index} of "${document.id}", which has ${document.paragraphs.length} paragraphs`,
      'Render a result produced by redline compare; findings must index the documents in the same result.',
    );
  }
  return paragraph;
}

function paragraphView(side: 'left' | 'right', paragraph: Paragraph, segments: DiffSegment[]): ParagraphView {
  return {
    anchor: `p-${side}-${paragraph.index + 1}`,
    position: paragraph.index + 1,
    number: paragraph.number,
    className: paragraph.heading ? 'para heading' : 'para',
    segments,
  };
}

function plainSegments(paragraph: Paragraph): DiffSegment[] {
  return [{ op: 'equal', text: paragraph.text }];
}

function movedFromId(leftIndices: readonly number[]): string {
  return `moved-from-left-${leftIndices[0] + 1}`;
}

function renumbering(finding: Finding, left: Paragraph[], right: Paragraph[]): RowView['renumbered'] {
  if (!finding.renumbered || left.length === 0 || right.length === 0) return null;
  return { from: left[0].number ?? '(none)', to: right[0].number ?? '(none)' };
}

const WHITESPACE = /\s/;

/**
 * Cut one side of a group's word diff into per-paragraph runs. The diff covers the group's paragraphs joined
 * (by whatever separator the engine used), so runs are assigned by counting non-whitespace characters against
 * each paragraph's own text: robust to the separator, and exact whenever the diff reproduces the text. When it
 * does not (a diff that gave up, or text normalized differently), the paragraphs are shown plain rather than wrong.
 */
export function segmentsPerParagraph(parts: readonly DiffPart[], side: 'left' | 'right', paragraphs: Paragraph[]): DiffSegment[][] {
  const skipped = side === 'left' ? 'insert' : 'delete';
  const sideParts = parts.filter((part) => part.op !== skipped);
  const budgets = paragraphs.map((paragraph) => nonWhitespaceLength(paragraph.text));
  const sideLength = sideParts.reduce((sum, part) => sum + nonWhitespaceLength(part.text), 0);
  if (sideParts.length === 0 || sideLength !== budgets.reduce((sum, n) => sum + n, 0)) return paragraphs.map(plainSegments);
  if (paragraphs.length === 1) return [mergeRuns(sideParts.map((part) => ({ op: part.op, text: part.text })))];

  const result: DiffSegment[][] = paragraphs.map(() => []);
  let current = 0;
  let used = 0;
  for (const part of sideParts) {
    let text = '';
    for (const character of part.text) {
      const blank = WHITESPACE.test(character);
      if (!blank && used === budgets[current] && current < paragraphs.length - 1) {
        if (text) result[current].push({ op: part.op, text });
        text = '';
        do current += 1;
        while (budgets[current] === 0 && current < paragraphs.length - 1);
        used = 0;
      }
      text += character;
      if (!blank) used += 1;
    }
    if (text) result[current].push({ op: part.op, text });
  }
  return result.map((segments) => trimRuns(mergeRuns(segments)));
}

function nonWhitespaceLength(text: string): number {
  let length = 0;
  for (const character of text) if (!WHITESPACE.test(character)) length += 1;
  return length;
}

function mergeRuns(segments: DiffSegment[]): DiffSegment[] {
  const merged: DiffSegment[] = [];
  for (const segment of segments) {
    const last = merged[merged.length - 1];
    if (last && last.op === segment.op) last.text += segment.text;
    else merged.push({ ...segment });
  }
  return merged;
}

/** Drop the separator whitespace that a paragraph boundary leaves at either end. */
function trimRuns(segments: DiffSegment[]): DiffSegment[] {
  if (segments.length === 0) return segments;
  segments[0].text = segments[0].text.trimStart();
  const last = segments[segments.length - 1];
  last.text = last.text.trimEnd();
  return segments.filter((segment) => segment.text !== '');
}

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

// Function words never make a useful "shared key term", whatever their rarity in one document.
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from had has have in into is it its of on or that the their them these ' +
    'they this those to was were which while who will with within would shall should may might must can could also ' +
    'not no all any each other such than then there our we us').split(' '),
);

/** Inverse document frequency of each word over a document's paragraphs: rare words explain a match best. */
function termRarity(paragraphs: readonly Paragraph[]): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const paragraph of paragraphs) {
    for (const word of new Set(paragraph.text.toLowerCase().match(WORD) ?? [])) {
      frequency.set(word, (frequency.get(word) ?? 0) + 1);
    }
  }
  const rarity = new Map<string, number>();
  for (const [word, count] of frequency) rarity.set(word, Math.log((paragraphs.length + 1) / count));
  return rarity;
}

const KEY_TERM_LIMIT = 8;

function explainPair(finding: Finding, rarity: Map<string, number>): RowView['why'] {
  if (finding.kind === 'new' || finding.kind === 'dropped' || (finding.kind === 'unchanged' && !finding.moved)) return null;
  const scores = SCORE_LABELS.filter(({ key }) => finding.scores[key] !== undefined).map(({ key, label, description }) => ({
    label,
    description,
    value: percent(finding.scores[key] as number),
  }));
  const shared = new Set<string>();
  for (const part of finding.diff) {
    if (part.op !== 'equal') continue;
    for (const word of part.text.toLowerCase().match(WORD) ?? []) {
      if (word.length > 2 && !STOP_WORDS.has(word) && !/^\d+$/.test(word)) shared.add(word);
    }
  }
  // Rarest first; ties alphabetically so the page is the same on every run.
  const terms = [...shared]
    .sort((a, b) => (rarity.get(b) ?? 0) - (rarity.get(a) ?? 0) || a.localeCompare(b, 'en'))
    .slice(0, KEY_TERM_LIMIT);
  return { scores, terms };
}

/**
 * Put a marker where each moved paragraph stood in the older text: after the last in-place row whose older
 * paragraphs come before it. In-place rows keep the older order (dropped paragraphs stand where they were),
 * so that row is the moved paragraph's old neighbour.
 */
function withMovedFromMarkers(rows: RowView[], findings: readonly Finding[]): Array<RowView | MovedFromView> {
  const markersAfter = new Map<number, MovedFromView[]>();
  findings.forEach((finding, index) => {
    const first: number | undefined = finding.left[0];
    if (!finding.moved || first === undefined) return;
    let after = -1;
    findings.forEach((other, otherIndex) => {
      if (!other.moved && other.left.length && other.left[other.left.length - 1] < first) after = otherIndex;
    });
    const row = rows[index];
    const marker: MovedFromView = {
      partial: 'row-moved-from',
      id: movedFromId(finding.left),
      tags: row.tags,
      label: `Older ${row.leftLabel} moved`,
      href: `#${row.id}`,
      targetLabel: row.rightLabel ? `newer ${row.rightLabel}` : 'its new place',
    };
    markersAfter.set(after, [...(markersAfter.get(after) ?? []), marker]);
  });
  const stream: Array<RowView | MovedFromView> = [...(markersAfter.get(-1) ?? [])];
  rows.forEach((row, index) => stream.push(row, ...(markersAfter.get(index) ?? [])));
  return stream;
}

function isInPlaceUnchanged(entry: RowView | MovedFromView): entry is RowView {
  return entry.partial === 'row' && entry.kind === 'unchanged' && !entry.moved;
}

/** Gather consecutive in-place unchanged rows into runs, so "only changes" can fold each run into one line. */
function foldUnchangedRuns(stream: Array<RowView | MovedFromView>): EntryView[] {
  const entries: EntryView[] = [];
  let run: RowView[] = [];
  const closeRun = (): void => {
    if (run.length === 0) return;
    const rightPositions = run.flatMap((row) => row.right.map((paragraph) => paragraph.position - 1));
    const noun = run.length === 1 ? 'unchanged paragraph' : 'unchanged paragraphs';
    entries.push({
      partial: 'unchanged-run',
      id: `run-${run[0].id}`,
      count: run.length,
      label: `${run.length} ${noun} (newer ¶ ${positionsLabel(rightPositions)})`,
      rows: run,
    });
    run = [];
  };
  for (const entry of stream) {
    if (isInPlaceUnchanged(entry)) {
      run.push(entry);
      continue;
    }
    closeRun();
    entries.push(entry);
  }
  closeRun();
  return entries;
}

function minimapTicks(stream: Array<RowView | MovedFromView>): MinimapTick[] {
  const ticks: MinimapTick[] = [];
  stream.forEach((entry, index) => {
    if (entry.partial === 'row-moved-from' || !entry.isChange) return;
    ticks.push({
      href: `#${entry.id}`,
      className: `tick tick-${entry.tag}`,
      pos: ((index / Math.max(stream.length, 1)) * 100).toFixed(1),
      label: entry.ariaLabel,
    });
  });
  return ticks;
}
