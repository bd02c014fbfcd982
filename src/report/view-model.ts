import { basename } from 'node:path';
import type { Comparison, DiffPart, Finding, FindingKind, Paragraph, RedlineResult } from '../types.js';
import {
  ROW_TAGS,
  SCORE_LABELS,
  TAG_LABELS,
  comparedDocuments,
  countTags,
  isChange,
  isRoutineSignal,
  kindTag,
  pairSummary,
  noKeyChangeSentence,
  textChangesLine,
  percent,
  relationNote,
  OFFICIAL_FACTS,
  paragraphAnchor,
  paragraphCitation,
  placeRef,
  positionsLabel,
  relatedPhrase,
  sentenceCase,
  unitsNoun,
  signalGroups,
  signalTone,
  unpairedSide,
  type ResultDocument,
  unrelatedAbsence,
  type RowTag,
} from './labels.js';
import { RedlineError } from '../errors.js';
import { packResult, type EmbeddedResult } from './embedded.js';
import { firstKeyChanges, isPositionShift, moreKeyChanges } from './key-changes.js';
import { cutText, lineParts } from './digest-line.js';
import { isPlaceholder } from './placeholder.js';
import { isContentWord, movedFromPlaces, replacementsByNew, WORD } from './replacements.js';
import { isSentenceName } from './paragraph-names.js';

/** One run of text in a paragraph: kept, inserted (right side only) or deleted (left side only). */
export interface DiffSegment {
  /** `joint` marks where, in a merged (split) paragraph, the next older (newer) paragraph begins; its text is its label. */
  op: DiffPart['op'] | 'joint';
  text: string;
}

/** A paragraph as one side of a row shows it. */
export interface ParagraphView {
  /** Stable anchor, `new-OP17` / `old-PP3` for a labelled paragraph, else `p-left-12` (the 12th): a row can be cited by URL. */
  anchor: string;
  /** 1-based position in its document. */
  position: number;
  /** What the row shows to cite it (`paragraphCitation`): the label the UN prints (`OP 17`), else the running count with the paragraph's printed number (`¶ 3 (1.)`), else the running count (`¶ 12`). */
  citation: string;
  /** The paragraph's own number as printed (`12.`, `(a)`) when it has no label; the citation already says it (kept for custom templates). */
  number: string | null;
  /** `para`, plus `heading` for a heading line. */
  className: string;
  /** The text cut into runs; an unchanged paragraph is one `equal` run, so it costs no extra elements. */
  segments: DiffSegment[];
  /** The footnotes it cites, under it: each mark and its text in runs (a changed note word by word, this side's runs). */
  footnotes: Array<{ mark: string; segments: DiffSegment[] }>;
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
  /**
   * The row's badges: its kind, then `moved`; a replacement row (a dropped and a new paragraph at the same place) has
   * both kinds. `title` is the description as a tooltip, or null on an in-place unchanged row (most rows of a long
   * text: the page script puts the filter's description there when the pointer comes over it).
   */
  badges: Array<{ tag: string; label: string; description: string; title: string | null }>;
  /** Ids of other findings drawn in this row (a replacement row draws two), kept as anchors so links to them land here. */
  alsoIds: string[];
  /** True when the paragraphs are shown whole, side by side, not word by word (a rewrite below `REWRITE_CUT`). */
  rewritten: boolean;
  /** What a reader is told about a replacement or a rewrite, e.g. `Rewritten (26% similar): both versions shown whole.` */
  note: string | null;
  /** Above each side when the two stack (phone): `Older ¶ 5`, `Newer ¶ 6–7`; `Older: not there` for an absent side. */
  leftSideLabel: string;
  rightSideLabel: string;
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
  /** When the paragraph's number label changed, e.g. `{ from: '12.', to: '13.' }`, or by label, `{ from: 'OP 12', to: 'OP 13' }`. */
  renumbered: { from: string; to: string } | null;
  /** Policy signals as badges, e.g. `Commitment weakened: welcome → note`. */
  signals: SignalView[];
  /** Space-separated types of the row's signals that are not routine (`reference hedge`): what the signal filters match. */
  signalTypes: string;
  /**
   * Why an editorial or routine row is no negotiated change (issue 23: "editorial, with the reason shown"), e.g.
   * `{ label: 'Routine', items: ['yearly succession: 2023 → 2024'] }`; for a paragraph routine but for one clause, the
   * label says so and the items explain the rest; null when the finding gives no reasons.
   */
  reasons: { label: string; items: string[] } | null;
  /** The one clause that changed in a paragraph otherwise routine, older and newer wording; null otherwise. */
  change: { before: string; after: string } | null;
  /** Why the paragraphs were paired: component scores and shared key terms; null when nothing was paired. */
  why: { scores: ScoreView[]; terms: string[] } | null;
  /**
   * How a change row is cited, as a reader pastes it: `A/C.2/80/L.58, OP 17` (the document's symbol, else its title and
   * date, and the place), the newer side, the older for a dropped paragraph; null on an unchanged row, whose one
   * paragraph the page script cites from `citeAs` and its label link (no bytes on the thousands of rows of a long text).
   */
  citation: string | null;
  /** What a screen reader announces for the row. */
  ariaLabel: string;
  /** True when the row is a change: a stop for next/previous navigation and a tick on the change map. */
  isChange: boolean;
}

/** One signal of a row as a badge. */
export interface SignalView {
  /** The signal's summary as a sentence. */
  text: string;
  /** The signal type (`commitment`, `reference`, …). */
  type: string;
  /** CSS classes: `signal signal-<type> tone-<weaker|stronger|neutral>`, plus `signal-routine` for the yearly succession. */
  className: string;
}

/** A signal filter: shows only the rows carrying a signal of its type (routine signals aside). */
export interface SignalFilterView {
  type: string;
  /** The type as a plural label, e.g. `References`. */
  label: string;
  /** How many rows carry a signal of the type. */
  count: number;
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

/** One tick on the change map: the changes in one slice of the document, linking to the first of them. */
export interface MinimapTick {
  href: string;
  className: string;
  /** Distance from the top of the document, in percent with one decimal (the page script places the tick). */
  pos: string;
  label: string;
  /** Ids of the rows of this slice: the page script hides the tick when a filter hides all of them. */
  rows: string;
}

/** Below this similarity a modified pair is shown as two whole paragraphs side by side, not as a word diff (word salad). */
export const REWRITE_CUT = 0.4;
/** Most ticks on the change map: a long text's changes are grouped into this many slices (one tick per slice). */
export const MINIMAP_SLICES = 120;

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

/** One key change as the report's first section lists it. */
export interface KeyChangeView {
  /** The place, the link's text: `OP 17`, `new PP 3`, `OP 4 → OP 4 + OP 5 (split)`. */
  lead: string;
  /** The rest of the line: `: welcomes → takes note of (weaker)`. */
  rest: string;
  /** The row it links to, `#r-17`. */
  href: string;
  /** `tone-weaker`, `tone-stronger` or empty: the line's colour. */
  className: string;
  /** The line's signals, `commitment weakened: welcome → take note`, joined by `; `; empty when none. */
  signals: string;
}

/** Everything the report templates show, precomputed: templates only place these values. */
export interface ReportViewModel {
  /** The browser tab's title. */
  pageTitle: string;
  /** A link back to the batch index that lists this report, or null for a report made on its own. */
  indexLink: string | null;
  /** The page's main heading: the newer document's title. */
  heading: string;
  /** What it is compared with: the older title, or both versions' dates and files when the titles are the same. */
  subheading: string;
  tool: { name: string; version: string };
  /** The generation time as given by the caller (ISO 8601), or `not recorded`. */
  generatedAt: string;
  leftHeading: string;
  rightHeading: string;
  /**
   * The changes that matter, ranked (`key-changes.ts`), the first `KEY_CHANGES_SHOWN` of them; `more` counts the rest
   * (`and 12 more`), `none` says why the list is empty (`No negotiated change: …`).
   */
  keyChanges: { items: KeyChangeView[]; more: string | null; none: string | null; inText: string | null };
  /** How each document is cited (`A/C.2/80/L.58`, else its title and date): the page script's unchanged-row citations. */
  citeAs: { left: string; right: string };
  /** The print's running head: both documents by symbol (else title, cut short, and date), older → newer. */
  runningHead: string;
  /** The facts of both documents, the ones that differ first. */
  documentFacts: DocumentFactView[];
  /** Where the documents come from: source, file path and sha256 (folded under the key facts). */
  provenanceFacts: DocumentFactView[];
  /** One sentence at the top when the two texts are unrelated (`relationNote`), else null. */
  relationNote: string | null;
  /** Position shifts (policy signals): how many, `position shifts (2 weaker, 1 stronger) in 2 paragraphs`, and the rows carrying them; null when none. */
  signalSummary: { count: number; label: string; rows: number } | null;
  similarity: string;
  coverage: string;
  filters: FilterView[];
  /** One per signal type present, in the order the types first appear. */
  signalFilters: SignalFilterView[];
  /** The pair in one line: a technical update, or its signals counted ("3 references added, 1 deadline moved"); null when nothing changed. */
  pairSummary: string | null;
  changeCount: number;
  entries: EntryView[];
  minimap: MinimapTick[];
  options: Array<{ name: string; value: string }>;
  warnings: Array<{ code: string; message: string; file: string }>;
  /** `Scored 120 of 2,304 candidate pairs.`: the cost of the alignment search. */
  searchStats: string;
  /** Set when the result holds several comparisons and this page shows one of them. */
  comparisonNote: string | null;
  /** The whole result (the JSON contract), for templates that embed or show it as it is. */
  data: RedlineResult;
  /**
   * The result as the page embeds it (`embedded.ts`): each text once, in the page's paragraphs; `readEmbeddedResult`
   * rebuilds the contract from the page.
   */
  embedded: EmbeddedResult;
}

/** How a view model is built: which comparison, and the generation time to print. */
export interface ViewModelOptions {
  /** Index into `result.comparisons`; default 0. */
  comparison?: number;
  /** ISO 8601 generation time to print; omitted means "not recorded" (output stays a function of the input). */
  generatedAt?: string;
  /** A link back to the page listing this report (a batch's index), or none. */
  indexHref?: string;
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
  const citeAs = { left: citationName(documents.left), right: citationName(documents.right) };
  const rarity = termRarity(documents.right.paragraphs);
  const relatedNotes = new Map<string, string>();
  for (const link of comparison.related) {
    const side = unpairedSide(comparison, link);
    const othersOf = (unpaired: 'left' | 'right') => documents[unpaired === 'left' ? 'right' : 'left'].paragraphs;
    relatedNotes.set(`${side} ${side === 'left' ? link.left[0] : link.right[0]}`, sentenceCase(relatedPhrase(link, side, true, othersOf(side))));
    // A dropped and a new paragraph related one to one: both rows carry the note (only new and dropped rows read it).
    const other = side === 'left' ? 'right' : 'left';
    const otherKey = `${other} ${other === 'left' ? link.left[0] : link.right[0]}`;
    if (link.left.length === 1 && link.right.length === 1 && !relatedNotes.has(otherKey)) relatedNotes.set(otherKey, sentenceCase(relatedPhrase(link, other, false, othersOf(other))));
  }
  const rows = comparison.findings.map((finding, index) => buildRow(finding, index, documents, rarity, relatedNotes, citeAs));
  const stream = pairReplacements(withMovedFromMarkers(rows, comparison.findings), comparison, documents);
  const counts = countTags(comparison.findings);
  const { left, right } = documents;
  const sameTitle = left.title === right.title;

  return {
    pageTitle: `Redline: ${right.title}`,
    indexLink: options.indexHref ?? null,
    heading: right.title,
    subheading: sameTitle
      ? `Two versions compared: older (${versionLabel(left)}) → newer (${versionLabel(right)})`
      : `Compared with the older text: ${left.symbol ? `${left.symbol}, ` : ''}${left.title}${left.date ? ` (${left.date})` : ''}`,
    tool: { name: result.tool.name, version: result.tool.version },
    generatedAt: options.generatedAt ?? 'not recorded',
    leftHeading: columnHeading('Older', left, sameTitle),
    rightHeading: columnHeading('Newer', right, sameTitle),
    keyChanges: keyChangesView(comparison, documents),
    citeAs,
    runningHead: `${headName(left)} → ${headName(right)}`,
    // The facts that differ between the two first: what a reader looks for; the shared ones follow.
    documentFacts: documentFacts(left, right, result.options.unit)
      .filter((fact) => !PROVENANCE.has(fact.label))
      .sort((a, b) => Number(a.left === a.right) - Number(b.left === b.right)),
    provenanceFacts: documentFacts(left, right, result.options.unit).filter((fact) => PROVENANCE.has(fact.label)),
    relationNote: relationNote(comparison),
    signalSummary: unrelatedAbsence(comparison) ? null : signalSummary(comparison.findings),
    similarity: percent(comparison.similarity),
    coverage: percent(comparison.coverage),
    filters: ROW_TAGS.map((tag) => ({
      tag,
      label: TAG_LABELS[tag].label,
      description: TAG_LABELS[tag].description,
      count: counts[tag],
      disabled: counts[tag] === 0,
    })),
    signalFilters: signalFilters(rows),
    pairSummary: unrelatedAbsence(comparison) ? null : pairSummary(comparison),
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
    embedded: packResult(result, comparisonIndex, shownParagraphs(rows, documents)),
  };
}

/**
 * The paragraphs whose text the page shows exactly (`left N` / `right N`, 0-based): the runs of their side, without
 * merge and split joints. Almost all of them; one whose word diff does not reproduce it is kept in the embedded block.
 */
function shownParagraphs(rows: readonly RowView[], documents: { left: ResultDocument; right: ResultDocument }): Set<string> {
  const shown = new Set<string>();
  for (const row of rows) {
    for (const side of ['left', 'right'] as const) {
      const other = side === 'left' ? 'insert' : 'delete';
      for (const view of row[side]) {
        let text = '';
        for (const segment of view.segments) if (segment.op !== 'joint' && segment.op !== other) text += segment.text;
        if (text === documents[side].paragraphs[view.position - 1]?.text) shown.add(`${side} ${view.position - 1}`);
      }
    }
  }
  return shown;
}

/** The key changes as the report's first section shows them: the first `KEY_CHANGES_SHOWN`, the rest counted. */
function keyChangesView(comparison: Comparison, documents: { left: ResultDocument; right: ResultDocument }): ReportViewModel['keyChanges'] {
  const absent = unrelatedAbsence(comparison);
  const { shown, total } = absent ? { shown: [], total: 0 } : firstKeyChanges(comparison, documents.left.paragraphs, documents.right.paragraphs);
  const items = shown.map(({ line, href }) => ({
    ...lineParts(line),
    href,
    className: line.tone ? `tone-${line.tone}` : '',
    signals: line.signals.join('; '),
  }));
  const none = absent ?? (total > 0 ? null : noKeyChangeSentence(comparison));
  // Beside negotiated key changes, the changes to the text nothing negotiated (a paragraph split, a note: trial 21-a D8).
  const text = absent || total === 0 ? null : textChangesLine(comparison);
  return { items, more: moreKeyChanges(total), none, inText: text === null ? null : `Also changed in the text: ${text}.` };
}

/** Most characters of a title in the print's running head: both texts must fit on one line of an A4 page. */
const HEAD_TITLE_LENGTH = 48;

/** A document in the running head: its symbol, else its title cut short, with its date (two versions share a title). */
function headName(document: ResultDocument): string {
  if (document.symbol) return document.symbol;
  const title = cutText(document.title, HEAD_TITLE_LENGTH);
  return document.date ? `${title} (${document.date})` : title;
}

/** How a document is cited: its symbol (`A/C.2/80/L.58`), else its title with its date. */
function citationName(document: ResultDocument): string {
  if (document.symbol) return document.symbol;
  // A title that holds its date already ("… Sochi, 10 November, 2024") is not dated again: pasted into a memo, "…, 2024
  // (2024-11-10), heading 2" gave the date twice (trial 15a).
  return document.date && !document.title.includes(document.date.slice(0, 4)) ? `${document.title} (${document.date})` : document.title;
}

/** Facts that say where a text comes from rather than what it is: folded under the key facts. */
const PROVENANCE = new Set(['Source', 'File', 'sha256']);

/**
 * The position shifts of a comparison: commitment and hedge signals that moved a position (`isPositionShift`, as the key
 * changes and the Word comments count them), not every signal: figures, dates and references are shown on their rows
 * but are no shift of position (a new user read "100 position shifts" over a page whose tally had one commitment change).
 */
function signalSummary(findings: readonly Finding[]): ReportViewModel['signalSummary'] {
  const signals = findings.flatMap((finding) => finding.signals.filter(isPositionShift));
  if (signals.length === 0) return null;
  const tones = { weaker: 0, stronger: 0, neutral: 0 };
  for (const signal of signals) tones[signalTone(signal)]++;
  const parts = [tones.weaker && `${tones.weaker} weaker`, tones.stronger && `${tones.stronger} stronger`, tones.neutral && `${tones.neutral} other`].filter(Boolean);
  const rows = findings.filter(hasPositionShift).length;
  const noun = signals.length === 1 ? 'position shift' : 'position shifts';
  return { count: signals.length, label: `${noun} (${parts.join(', ')}) in ${rows} ${rows === 1 ? 'paragraph' : 'paragraphs'}`, rows };
}

function hasPositionShift(finding: Finding): boolean {
  return finding.signals.some(isPositionShift);
}

/** A filter per signal type the rows carry (routine signals aside), labelled by the type's plural: no list to extend per type. */
function signalFilters(rows: readonly RowView[]): SignalFilterView[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const type of row.signalTypes.split(' ').filter(Boolean)) counts.set(type, (counts.get(type) ?? 0) + 1);
  return [...counts].map(([type, count]) => ({ type, label: `${sentenceCase(type)}s`, count }));
}

function fileLabel(document: ResultDocument): string {
  return document.path === '-' ? 'standard input' : basename(document.path);
}

function versionLabel(document: ResultDocument): string {
  return [document.symbol, document.date, fileLabel(document)].filter(Boolean).join(', ');
}

/**
 * Above each column: the side, its date, and its symbol where it has one (a draft and its revision share title and
 * date), else its title (or its file, when both titles are the same).
 */
function columnHeading(side: 'Older' | 'Newer', document: ResultDocument, sameTitle: boolean): string {
  return [side, document.date, document.symbol ?? (sameTitle ? fileLabel(document) : document.title)].filter(Boolean).join(' · ');
}

function documentFacts(left: ResultDocument, right: ResultDocument, unit: RedlineResult['options']['unit']): DocumentFactView[] {
  const facts: Array<{ label: string; code: boolean; value: (document: ResultDocument) => string | null | undefined }> = [
    { label: 'Title', code: false, value: (document) => document.title },
    { label: 'Date', code: false, value: (document) => document.date },
    { label: 'Issuer', code: false, value: (document) => document.issuer },
    { label: 'Place', code: false, value: (document) => document.place },
    { label: 'Symbol', code: false, value: (document) => document.symbol },
    // A UN document's official facts (status, dates, session …); rows neither document has are dropped below.
    ...OFFICIAL_FACTS.map((fact) => ({ label: fact.label, code: false, value: fact.value })),
    { label: 'Source', code: false, value: (document) => document.source },
    // Counted in the unit compared: "Sentences 17 / 17" under --unit sentence (trial 20-b D14).
    { label: sentenceCase(unitsNoun(unit)), code: false, value: (document) => String(document.paragraphs.length) },
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
  const scored = candidatePairs.toLocaleString('en-US');
  const all = allPairs.toLocaleString('en-US');
  // The scorer also scores groups (several paragraphs against one, for merges and splits), so its count can exceed n × m.
  if (candidatePairs <= allPairs) return `Scored ${scored} of the ${all} possible paragraph pairs.`;
  return `Scored ${scored} candidates (paragraph pairs, and groups of paragraphs for merges and splits); ${all} single paragraph pairs were possible.`;
}

function buildRow(
  finding: Finding,
  index: number,
  documents: { left: ResultDocument; right: ResultDocument },
  rarity: Map<string, number>,
  relatedNotes: ReadonlyMap<string, string>,
  citeAs: { left: string; right: string },
): RowView {
  const tag = kindTag(finding);
  const left = finding.left.map((i) => paragraphAt(documents.left, i));
  const right = finding.right.map((i) => paragraphAt(documents.right, i));
  // Unchanged, new and dropped text is shown plain: the badge says it all, and plain text keeps the DOM lean.
  const paired = finding.kind !== 'unchanged' && finding.kind !== 'new' && finding.kind !== 'dropped';
  // A rewrite below REWRITE_CUT reads better as two whole paragraphs than as a word diff of a few shared words.
  const rewritten = finding.kind === 'modified' && finding.similarity < REWRITE_CUT;
  // A placeholder filled ("[To be determined];" → the agreed text) shares no word with its text by nature: its
  // similarity says nothing, and "rewritten" would misname it.
  const filled = finding.kind === 'modified' && isPlaceholder(documents.left.paragraphs, finding.left);
  const showDiff = paired && !rewritten;
  const leftSegments = showDiff ? withJoints(finding, 'left', documents.right.paragraphs, segmentsPerParagraph(finding.diff, 'left', left)) : left.map(plainSegments);
  const rightSegments = showDiff ? withJoints(finding, 'right', documents.left.paragraphs, segmentsPerParagraph(finding.diff, 'right', right)) : right.map(plainSegments);
  const change = isChange(finding);
  const leftLabel = left.length ? placeRef(documents.left.paragraphs, finding.left) : '';
  const rightLabel = right.length ? placeRef(documents.right.paragraphs, finding.right) : '';
  // A new or dropped paragraph that only records an event passing is routine too: the Routine filter hides it as well.
  const tags = [tag, finding.routine && tag !== 'routine' ? 'routine' : '', finding.moved ? 'moved' : '', hasPositionShift(finding) ? 'shift' : ''].filter(Boolean).join(' ');
  const placeLabel = [leftLabel && `older ${leftLabel}`, rightLabel && `newer ${rightLabel}`].filter(Boolean).join(', ');

  return {
    partial: 'row',
    kind: finding.kind,
    id: `r-${index + 1}`,
    className: ['row', `row-${tag}`, change ? 'change' : '', finding.moved ? 'is-moved' : '', rewritten ? 'is-rewritten' : ''].filter(Boolean).join(' '),
    tags,
    tag,
    kindLabel: TAG_LABELS[tag].label,
    kindDescription: TAG_LABELS[tag].description,
    badges: [
      { tag, ...TAG_LABELS[tag], title: tag === 'unchanged' && !finding.moved ? null : TAG_LABELS[tag].description },
      ...(finding.moved ? [{ tag: 'moved', ...TAG_LABELS.moved, title: TAG_LABELS.moved.description }] : []),
    ],
    alsoIds: [],
    rewritten,
    note: filled ? 'Placeholder filled: the older text held this place for text still to come.' : rewritten ? 'Rewritten: both versions shown whole, not word by word.' : null,
    leftSideLabel: leftLabel ? `Older ${leftLabel}` : 'Older: not there',
    rightSideLabel: rightLabel ? `Newer ${rightLabel}` : 'Newer: not there',
    moved: finding.moved,
    // An in-place unchanged row needs no number: 100% would only add noise to the column.
    similarity: (paired || finding.moved) && !filled ? percent(finding.similarity) : null,
    left: left.map((paragraph, i) => paragraphView('left', paragraph, leftSegments[i], finding)),
    right: right.map((paragraph, i) => paragraphView('right', paragraph, rightSegments[i], finding)),
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
    // Many signals of one tally are one badge ("References removed (20): …"), on screen and in print.
    signals: [
      ...signalGroups(finding.signals).map((group) => ({
        text: group.text,
        type: group.type,
        className: ['signal', `signal-${group.type}`, `tone-${group.tone}`, group.routine ? 'signal-routine' : '', group.signals.length > 1 ? 'signal-group' : ''].filter(Boolean).join(' '),
      })),
      // A footnote that changed, on its paragraph's row ("footnote 8 changed: Bahamas → Bahamas (The); adds Panama").
      ...(finding.footnoteChanges ?? []).map((note) => ({ text: note.summary, type: 'footnote', className: 'signal signal-footnote tone-neutral' })),
    ],
    signalTypes: [...new Set(finding.signals.filter((signal) => !isRoutineSignal(signal)).map((signal) => signal.type))].join(' '),
    reasons: reasonsOf(finding),
    change: finding.kind === 'modified' && finding.change ? { before: finding.change.before, after: finding.change.after } : null,
    why: explainPair(finding, rarity),
    citation: change ? rowCitation(finding, documents, citeAs) : null,
    ariaLabel: `${TAG_LABELS[tag].label}${finding.moved ? ', moved' : ''}: ${placeLabel}`,
    isChange: change,
  };
}

/** How a row is cited: the newer paragraphs by the newer document's name, a dropped paragraph by the older's. */
function rowCitation(finding: Finding, documents: { left: ResultDocument; right: ResultDocument }, citeAs: { left: string; right: string }): string {
  const side = finding.right.length > 0 ? 'right' : 'left';
  const indices = side === 'right' ? finding.right : finding.left;
  // One paragraph is cited as its side shows it (`¶ 3 (1.)`, `OP 17`), as the page script cites an unchanged row.
  const place = indices.length === 1 ? paragraphCitation(paragraphAt(documents[side], indices[0])) : placeRef(documents[side].paragraphs, indices);
  return `${citeAs[side]}, ${place}`;
}

/** A finding's reasons under the label of what they explain: the whole paragraph, or its rest beside the one change. */
function reasonsOf(finding: Finding): RowView['reasons'] {
  if (!finding.reasons || finding.reasons.length === 0) return null;
  // A new or dropped paragraph is routine when it only records an event passing (classify's `event-paragraphs.ts`).
  // An unchanged paragraph's reasons say what typography differs (shown plain, the newer text: `typographyReasons`).
  if (finding.kind === 'unchanged') return { label: 'Unchanged', items: finding.reasons };
  // A split or merge changed only at its seam is editorial (classify's `isSeamOnlyRegrouping`).
  if (finding.kind !== 'modified') return finding.routine ? { label: 'Routine', items: finding.reasons } : finding.editorial ? { label: 'Editorial', items: finding.reasons } : null;
  const label = finding.editorial ? 'Editorial' : finding.routine ? 'Routine' : 'Routine but for one clause';
  return { label, items: finding.reasons };
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

function paragraphView(side: 'left' | 'right', paragraph: Paragraph, segments: DiffSegment[], finding?: Finding): ParagraphView {
  const changes = (finding?.footnoteChanges ?? []).filter((note) => note.change === 'changed');
  const other = side === 'left' ? 'insert' : 'delete';
  const footnotes = (paragraph.footnotes ?? []).map((note) => {
    const change = changes.find((candidate) => (side === 'left' ? candidate.leftMark : candidate.rightMark) === note.mark);
    return { mark: note.mark, segments: change ? mergeRuns(change.diff.filter((part) => part.op !== other).map((part) => ({ op: part.op, text: part.text }))) : [{ op: 'equal' as const, text: note.text }] };
  });
  return {
    footnotes,
    anchor: paragraphAnchor(side, paragraph),
    position: paragraph.index + 1,
    citation: paragraphCitation(paragraph),
    number: paragraph.label ? null : paragraph.number,
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
  // A resolution's paragraphs are named by label (OP 15 → OP 16), others by their printed number (15. → 16.).
  return { from: left[0].label ?? left[0].number ?? '(none)', to: right[0].label ?? right[0].number ?? '(none)' };
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

/** Inverse document frequency of each word over a document's paragraphs: rare words explain a match best. */
export function termRarity(paragraphs: readonly Paragraph[]): Map<string, number> {
  // Each word counted once per paragraph by the last paragraph that counted it: no set of each paragraph's words.
  const frequency = new Map<string, { count: number; lastParagraph: number }>();
  for (let p = 0; p < paragraphs.length; p++) {
    for (const word of paragraphs[p].text.toLowerCase().match(WORD) ?? []) {
      const entry = frequency.get(word);
      if (entry === undefined) frequency.set(word, { count: 1, lastParagraph: p });
      else if (entry.lastParagraph !== p) {
        entry.count++;
        entry.lastParagraph = p;
      }
    }
  }
  const rarity = new Map<string, number>();
  for (const [word, { count }] of frequency) rarity.set(word, Math.log((paragraphs.length + 1) / count));
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
      if (isContentWord(word)) shared.add(word);
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
  const placeOf = movedFromPlaces(findings);
  findings.forEach((finding, index) => {
    const first: number | undefined = finding.left[0];
    if (!finding.moved || first === undefined) return;
    const after = placeOf(first);
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
  // An unchanged paragraph whose footnote changed is a change (`isChange`): never folded away.
  return entry.partial === 'row' && entry.kind === 'unchanged' && !entry.moved && !entry.isChange;
}

/** Gather consecutive in-place unchanged rows into runs, so "only changes" can fold each run into one line. */
function foldUnchangedRuns(stream: Array<RowView | MovedFromView>): EntryView[] {
  const entries: EntryView[] = [];
  let run: RowView[] = [];
  const closeRun = (): void => {
    if (run.length === 0) return;
    const rightParagraphs = run.flatMap((row) => row.right);
    const rightPositions = rightParagraphs.map((paragraph) => paragraph.position - 1);
    const first = rightParagraphs[0].citation;
    const last = rightParagraphs[rightParagraphs.length - 1].citation;
    // Labels where the text has them (`PP 1 to OP 3`), else the running count (`¶ 5–16`).
    const span = first.startsWith('¶') && last.startsWith('¶') && !isSentenceName(first) && !isSentenceName(last) ? `¶ ${positionsLabel(rightPositions)}` : first === last ? first : `${first} to ${last}`;
    const noun = run.length === 1 ? 'unchanged paragraph' : 'unchanged paragraphs';
    entries.push({
      partial: 'unchanged-run',
      id: `run-${run[0].id}`,
      count: run.length,
      label: `${run.length} ${noun} (newer ${span})`,
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

/** Which tag colours a change-map tick that stands for several rows: the most telling one. */
const TICK_PRIORITY = ['substantive', 'dropped', 'new', 'merged', 'split', 'editorial', 'unchanged'] as const;

/**
 * The change map: one tick per change, or, on a long text, one per slice of the document (`MINIMAP_SLICES`), so 1,200
 * changes do not paint a solid bar. Each tick names the rows it stands for; the page script hides it when the filters
 * hide them all.
 */
function minimapTicks(stream: Array<RowView | MovedFromView>): MinimapTick[] {
  const slices = new Map<number, { index: number; rows: RowView[] }>();
  stream.forEach((entry, index) => {
    if (entry.partial === 'row-moved-from' || !entry.isChange) return;
    const slice = Math.floor((index / Math.max(stream.length, 1)) * MINIMAP_SLICES);
    const group = slices.get(slice);
    if (group) group.rows.push(entry);
    else slices.set(slice, { index, rows: [entry] });
  });
  return [...slices.values()].map(({ index, rows }) => {
    const tag = TICK_PRIORITY.find((candidate) => rows.some((row) => row.tag === candidate)) ?? rows[0].tag;
    return {
      href: `#${rows[0].id}`,
      className: `tick tick-${tag}`,
      pos: ((index / Math.max(stream.length, 1)) * 100).toFixed(1),
      label: rows.length === 1 ? rows[0].ariaLabel : `${rows.length} changes, from ${rows[0].ariaLabel}`,
      rows: rows.map((row) => row.id).join(' '),
    };
  });
}

/**
 * On the side that shows one paragraph of a merge (the newer) or a split (the older), mark where each paragraph of
 * the other side begins: the engine joined those with a blank line, which the word diff shows as a deleted (or
 * inserted) line break, invisible in a paragraph. The mark names the paragraph, e.g. `older ¶ 13`.
 */
function withJoints(finding: Finding, side: 'left' | 'right', otherParagraphs: readonly Paragraph[], segments: DiffSegment[][]): DiffSegment[][] {
  const single = finding.kind === 'merged' ? 'right' : finding.kind === 'split' ? 'left' : null;
  if (single !== side || segments.length !== 1) return segments;
  const many = side === 'right' ? (finding.order ?? finding.left) : finding.right; // a merge's sources in its diff's order
  const manyOnly: DiffPart['op'] = side === 'right' ? 'delete' : 'insert';
  const joints: number[] = [];
  let offset = 0;
  for (const part of finding.diff) {
    if (part.op === manyOnly) {
      for (let k = (part.text.match(/\n[^\S\n]*\n/g) ?? []).length; k > 0; k--) joints.push(offset);
    } else {
      offset += part.text.length;
    }
  }
  const sideText = finding.diff.filter((part) => part.op !== manyOnly).map((part) => part.text).join('');
  if (joints.length === 0 || joints.length >= many.length || segments[0].map((segment) => segment.text).join('') !== sideText) return segments;
  const label = (k: number): string => `${side === 'right' ? 'older' : 'newer'} ${placeRef(otherParagraphs, [many[k + 1]])}`;
  const out: DiffSegment[] = [];
  let position = 0;
  let next = 0;
  for (const segment of segments[0]) {
    let text = segment.text;
    while (next < joints.length && joints[next] <= position + text.length) {
      const cut = joints[next] - position;
      if (cut > 0) out.push({ op: segment.op, text: text.slice(0, cut) });
      out.push({ op: 'joint', text: label(next) });
      text = text.slice(cut);
      position += cut;
      next++;
    }
    if (text) out.push({ op: segment.op, text });
    position += text.length;
  }
  return [out];
}

/**
 * A dropped and a new paragraph at the same place (too different to pair) are one row: the dropped text on the left,
 * the new on the right, as a reader compares them, with their similarity (`Comparison.replacements`). Which pairs is
 * the rule every output shares (`replacementPairs`); the rest keep their own rows.
 */
function pairReplacements(stream: Array<RowView | MovedFromView>, comparison: Comparison, documents: { left: ResultDocument; right: ResultDocument }): Array<RowView | MovedFromView> {
  const byNew = replacementsByNew(comparison, documents.left.paragraphs, documents.right.paragraphs);
  if (byNew.size === 0) return stream;
  const rowId = (index: number): string => `r-${index + 1}`;
  const partners = new Map([...byNew].map(([added, { dropped, similarity }]) => [rowId(dropped), { added: rowId(added), similarity }]));
  const out: Array<RowView | MovedFromView> = [];
  const lone = (entry: RowView | MovedFromView): entry is RowView => entry.partial === 'row' && !entry.moved && (entry.kind === 'dropped' || entry.kind === 'new');
  for (let i = 0; i < stream.length; ) {
    if (!lone(stream[i])) {
      out.push(stream[i++]);
      continue;
    }
    // A run of dropped and new rows: its replacements first (in the order of their dropped rows), then the rest.
    const run: RowView[] = [];
    while (i < stream.length && lone(stream[i])) run.push(stream[i++] as RowView);
    const byId = new Map(run.map((row) => [row.id, row]));
    const paired = new Set<RowView>();
    for (const row of run) {
      const partner = partners.get(row.id);
      const added = partner ? byId.get(partner.added) : undefined;
      if (!partner || !added) continue;
      out.push(replacementRow(row, added, partner.similarity));
      paired.add(row).add(added);
    }
    out.push(...run.filter((row) => !paired.has(row)));
  }
  return out;
}

function replacementRow(dropped: RowView, added: RowView, similarity: number | null): RowView {
  const signal = [dropped, added].some((row) => row.tags.split(' ').includes('shift')) ? ' shift' : '';
  return {
    ...dropped,
    id: dropped.id,
    alsoIds: [added.id],
    className: 'row row-dropped row-replaced change',
    tags: `dropped new${signal}`,
    badges: [...dropped.badges, ...added.badges],
    note: 'One in place of the other: too different to pair word by word.',
    // Their similarity, as every aligned row shows its own (the scorer's, `Comparison.replacements`).
    similarity: similarity === null ? null : percent(similarity),
    right: added.right,
    rightAbsent: null,
    leftAbsent: null,
    rightLabel: added.rightLabel,
    rightSideLabel: added.rightSideLabel,
    // The row shows the new paragraph in the dropped one's place: cited as the newer text has it.
    citation: added.citation,
    signals: [...dropped.signals, ...added.signals],
    // Each side's related note, in reading order (older first): the row shows both paragraphs, so it says both.
    related: [dropped.related, added.related].filter((note): note is string => Boolean(note)).join(' · ') || null,
    ariaLabel: `Dropped and new in its place: older ${dropped.leftLabel}, newer ${added.rightLabel}`,
  };
}
