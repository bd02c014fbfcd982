import type { Comparison, Finding, PairScores, PairSignals, Paragraph, RedlineResult, RelatedLink, Series, Signal, Warning } from '../types.js';
import { isGivenName, isSentenceName } from './paragraph-names.js';
import { RedlineError } from '../errors.js';

/** A document of the result as the report sees it: its facts and paragraphs. */
export type ResultDocument = RedlineResult['documents'][number];

/**
 * The filter tags a row can carry: the finding kinds, with `modified` told apart into editorial, routine and substantive,
 * plus `moved`, which is a flag on top of any kind. These are the page's filter toggles and the Markdown kind names.
 */
export type RowTag = 'unchanged' | 'editorial' | 'routine' | 'substantive' | 'split' | 'merged' | 'new' | 'dropped' | 'moved';

/** Every row tag, in the order the summary lists them. */
export const ROW_TAGS: readonly RowTag[] = [
  'substantive',
  'routine',
  'editorial',
  'split',
  'merged',
  'new',
  'dropped',
  'moved',
  'unchanged',
];

/** What a reader sees for each tag: a short badge label and a one-line explanation. */
export const TAG_LABELS: Readonly<Record<RowTag, { label: string; description: string }>> = {
  unchanged: { label: 'Unchanged', description: 'Same text in both documents (up to whitespace and typography).' },
  editorial: { label: 'Editorial', description: 'Only case, punctuation, spelling or abbreviations changed.' },
  routine: { label: 'Routine', description: 'Only the yearly succession changed: a session number, a year, a date, a symbol replaced by its successor.' },
  substantive: { label: 'Substantive', description: 'Wording changed beyond editorial fixes.' },
  split: { label: 'Split', description: 'One older paragraph became several newer paragraphs.' },
  merged: { label: 'Merged', description: 'Several older paragraphs became one newer paragraph.' },
  new: { label: 'New', description: 'Only in the newer document.' },
  dropped: { label: 'Dropped', description: 'Only in the older document.' },
  moved: { label: 'Moved', description: 'Paired out of reading order: the paragraph changed place.' },
};

/** The component scores in display order, each with a reader's explanation of what it measures. */
export const SCORE_LABELS: ReadonlyArray<{ key: keyof PairScores; label: string; description: string }> = [
  { key: 'semantic', label: 'Semantic', description: 'closeness in meaning (word vectors), even with different words' },
  { key: 'words', label: 'Words', description: 'each content word matched with its closest word in meaning on the other side' },
  { key: 'lexical', label: 'Lexical', description: 'shared content words, weighted by rarity' },
  { key: 'containment', label: 'Containment', description: "share of the smaller side's content found in the larger" },
  { key: 'sequence', label: 'Sequence', description: 'words in the same order (1 − word edit distance)' },
  { key: 'character', label: 'Character', description: 'closeness of the spelled-out text' },
];

/**
 * The warnings that change what the reader sees: a Word draft's tracked changes read as accepted (one delegation's
 * proposals shown as the draft's text) and control characters of a wrong conversion. Said on standard error without
 * --verbose, as well as in every output (trial 14b: `report -o att.docx` said nothing, the memo neither).
 */
export const READER_WARNINGS: ReadonlySet<string> = new Set(['control-characters', 'windows-1252', 'docx-tracked-changes']);

/**
 * The warnings of a repair made in full, whose text is now as printed: the gaps a text layer put inside words or around
 * a range's dash (`text-layer-gaps`: "radiatio n" → "radiation", "2024– 2034" → "2024–2034"). The pair's report and
 * JSON say them; the digest, a memo of what was negotiated, does not (38 such notes in the 214-text chain, session 15).
 */
export const REPAIR_NOTES: ReadonlySet<string> = new Set(['text-layer-gaps']);

/**
 * The warnings about a document's own bytes, repaired in full (`mojibake`: UTF-8 read as Latin-1 upstream): said once
 * per document, in a run's notes (the digest's Notes, the history's, the index's document table), not under each step
 * or pair. A chain of FOMC statements printed 11 such lines under 10 of its 23 steps, half of the Word digest's first
 * page, and two per row in the index's signals column, pushing the signals out of sight (trial 20-b D10).
 */
export const DOCUMENT_NOTES: ReadonlySet<string> = new Set(['mojibake']);

/**
 * Document notes (`DOCUMENT_NOTES`) as lines, one per message with the documents it is said of, by file name, each
 * once: `fomc_2021-01-27.txt, fomc_2021-03-17.txt: repaired 2 garbled character sequences (…)`. In the order first said.
 */
export function documentNoteLines(warnings: readonly Pick<Warning, 'code' | 'message' | 'file'>[]): string[] {
  const files = new Map<string, string[]>();
  for (const warning of warnings) {
    if (!DOCUMENT_NOTES.has(warning.code)) continue;
    const name = warning.file?.split(/[\\/]/).pop() ?? '';
    const named = files.get(warning.message) ?? [];
    if (!named.includes(name)) named.push(name);
    files.set(warning.message, named);
  }
  return [...files].map(([message, names]) => (names.some((name) => name !== '') ? `${names.filter((name) => name !== '').join(', ')}: ${message}` : message));
}

/**
 * What the texts were cut into, plural, for a count a reader checks against the text: `paragraphs`, or `sentences` /
 * `lines` under `--unit` ("17 → 17 paragraphs" for two 5-paragraph statements cut into sentences, trial 20-b D14).
 */
export function unitsNoun(unit: RedlineResult['options']['unit']): string {
  return unit === 'sentence' ? 'sentences' : unit === 'line' ? 'lines' : 'paragraphs';
}

/**
 * A warning as every output says it, naming its file: `att_tracked.docx: has tracked changes (5 insertions, 4
 * deletions): read as the final text, …` (the terminal said "has tracked changes" of no file, trial 14b).
 */
export function warningText(warning: Pick<Warning, 'message' | 'file'>): string {
  return warning.file ? `${warning.file}: ${warning.message}` : warning.message;
}

/**
 * A warning as a memo prints it (the digest): its file named by its name alone, not the folder it was read from on the
 * reader's machine (trial 17-a: "corpus/promoting-sustainable-…/A_RES_80_135.txt" pasted into a Bureau note).
 */
export function memoWarningText(warning: Pick<Warning, 'message' | 'file'>): string {
  return warningText(warning.file ? { ...warning, file: warning.file.split(/[\\/]/).pop() ?? warning.file } : warning);
}

/**
 * The renumbered paragraphs, as a reader cites them, in runs: `OP 4–8 → OP 5–9`, `PP 13 → PP 12`. The summary counted
 * them ("renumbered 5") and no line of the text or Markdown output said which (trial 14b: a legal officer citing the
 * draft needs OP 5 ↔ OP 4). A run is consecutive findings whose labels count on by one on both sides; sub-paragraphs
 * run by their letter (`OP 3 (a)–(k) → OP 4 (a)–(k)`), and those that only follow their renumbered parent with their
 * own letter (`OP 19 (a) → OP 20 (a)` beside `OP 19 → OP 20`) are not listed: the DPRK pair 79/181 → 80/220 listed
 * seventeen such lines one by one (trial 17b D19).
 */
export function renumberedRuns(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): string[] {
  const runs: Array<{ leftPrefix: string; rightPrefix: string; from: number; to: number; count: number; letters: boolean } | string> = [];
  const labelOf = (paragraphs: readonly Paragraph[], indices: readonly number[]): string | null => (indices.length === 1 ? (paragraphs[indices[0]]?.label ?? null) : null);
  const renumbered = comparison.findings.filter((finding) => finding.renumbered);
  // The parents renumbered, older label → newer label: their sub-paragraphs follow them.
  const parents = new Set(renumbered.map((finding) => `${labelOf(left, finding.left)}\u0000${labelOf(right, finding.right)}`));
  for (const finding of renumbered) {
    const olderLabel = labelOf(left, finding.left) ?? '';
    const newerLabel = labelOf(right, finding.right) ?? '';
    const olderSub = SUB_LABEL.exec(olderLabel);
    const newerSub = SUB_LABEL.exec(newerLabel);
    if (olderSub && newerSub && olderSub[2] === newerSub[2] && parents.has(`${olderSub[1]}\u0000${newerSub[1]}`)) continue;
    const older = NUMBERED_LABEL.exec(olderLabel);
    const newer = NUMBERED_LABEL.exec(newerLabel);
    const olderLetter = LETTERED_LABEL.exec(olderLabel);
    const newerLetter = LETTERED_LABEL.exec(newerLabel);
    const step = older && newer
      ? { leftPrefix: older[1], from: Number(older[2]), rightPrefix: newer[1], to: Number(newer[2]), letters: false }
      : olderLetter && newerLetter
        ? { leftPrefix: olderLetter[1], from: olderLetter[2].charCodeAt(0), rightPrefix: newerLetter[1], to: newerLetter[2].charCodeAt(0), letters: true }
        : null;
    if (!step) {
      runs.push(`${placeRef(left, finding.left)} → ${placeRef(right, finding.right)}`);
      continue;
    }
    const last = runs[runs.length - 1];
    if (typeof last === 'object' && last.letters === step.letters && last.leftPrefix === step.leftPrefix && last.rightPrefix === step.rightPrefix && last.from + last.count === step.from && last.to + last.count === step.to) last.count++;
    else runs.push({ ...step, count: 1 });
  }
  return runs.map((run) => {
    if (typeof run === 'string') return run;
    const item = (at: number): string => (run.letters ? `(${String.fromCharCode(at)})` : String(at));
    const span = (prefix: string, first: number): string => `${prefix}${item(first)}${run.count > 1 ? `–${item(first + run.count - 1)}` : ''}`;
    return `${span(run.leftPrefix, run.from)} → ${span(run.rightPrefix, run.to)}`;
  });
}

/** A sub-paragraph's label: its parent's (`OP 19`, `OP 2 (a)`) and its own letter or numeral (`(k)`, `(iv)`). */
const SUB_LABEL = /^(.*\d.*?) (\([a-z]+\))$/;

/** A label ending in one letter in brackets: `OP 19 (a)` (prefix with the space, letter). Roman numerals do not run. */
const LETTERED_LABEL = /^(.* )\(([a-z])\)$/;

/** A label ending in its number: `OP 4`, `PP 12`, `Annex PP 3`, `¶ 7` (prefix, number). */
const NUMBERED_LABEL = /^(.*?)(\d+)$/;

/** The kind tag of a finding: its kind, with `modified` resolved to editorial, routine or substantive. */
export function kindTag(finding: Finding): Exclude<RowTag, 'moved'> {
  if (finding.kind === 'modified') return finding.editorial ? 'editorial' : finding.routine ? 'routine' : 'substantive';
  return finding.kind;
}

/**
 * True when a finding is worth a reader's attention: anything but an unchanged paragraph left in place whose footnotes
 * stayed the same (a State added to a note's list is a change of the paragraph citing it).
 */
export function isChange(finding: Finding): boolean {
  return finding.kind !== 'unchanged' || finding.moved || (finding.footnoteChanges?.length ?? 0) > 0;
}

/** How a signal reads for the position it tracks: weaker, stronger, or neither (a reference changed, a topic added). */
export type SignalTone = 'weaker' | 'stronger' | 'neutral';

/**
 * The tone of any signal, from its `direction` where its type has one. A routine signal (a verb aged with its event,
 * `look forward → welcome` once the conference took place) has none: the digest gives its line no tone and the pair's
 * tally leaves it out, so the pair report's position-shift counts and colours leave it out too.
 */
export function signalTone(signal: Signal): SignalTone {
  if (isRoutineSignal(signal)) return 'neutral';
  const direction = (signal as { direction?: unknown }).direction;
  return direction === 'weakened' ? 'weaker' : direction === 'strengthened' ? 'stronger' : 'neutral';
}

/** A signal's summary as the first words of a sentence ("Commitment weakened: …"). */
export function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A 0..1 ratio as a whole percentage, e.g. `0.823` → `82%`. */
/** Below this document similarity a report opens with a sentence saying the two texts are unrelated. */
export const UNRELATED_CUT = 0.1;

/**
 * The sentence every format of a pair report opens with when the two texts look unrelated (document similarity below
 * `UNRELATED_CUT`), else null: a new user found it in the HTML only, while the text, Markdown and Word outputs listed
 * "key changes" between two different resolutions. It says "the paragraphs of each": no paragraph of one is drawn in
 * the place of one of the other (`pairReplacements` in the view model), so none stand side by side in one row.
 */
export function relationNote(comparison: Comparison): string | null {
  if (comparison.similarity >= UNRELATED_CUT) return null;
  // One UN resolution under its title, rewritten (Syria 79/185 → 80/224, 6 %): its changes are listed as changes.
  if (comparison.sameResolution) {
    const sharedWords = typeof comparison.sharedWording === 'number' ? `, ${percent(comparison.sharedWording)} shared wording` : '';
    return `Largely rewritten (${percent(comparison.similarity)} similar${sharedWords}): the same resolution under the same title, most of its paragraphs dropped or new.`;
  }
  const paired = comparison.findings.filter((finding) => finding.left.length > 0 && finding.right.length > 0).length;
  const pairs = paired === 0 ? 'no paragraph of one could be paired with one of the other' : `only ${paired} ${paired === 1 ? 'paragraph pair was' : 'paragraph pairs were'} found`;
  // Shared wording beside it: two rewritten texts of one author, "0% similar" by their aligned paragraphs, still share
  // some wording, and a reader took "0%" for "nothing in common" (absent from a result recorded before it existed).
  const shared = typeof comparison.sharedWording === 'number' ? `, ${percent(comparison.sharedWording)} shared wording` : '';
  return `These texts look unrelated (${percent(comparison.similarity)} similar${shared}; ${pairs}): what follows lists the paragraphs of each, not changes from one to the other.`;
}

/**
 * What a pair report says in place of its key changes and signal counts when the texts look unrelated (`relationNote`),
 * else null. They are left out, the JSON keeping them: "Key changes: dropped OP 1 (a) …" and "27 references removed"
 * under the warning read as findings about the other text once pasted into a memo without it (trial 16c, A/RES/75/32
 * against the seed statement).
 */
export function unrelatedAbsence(comparison: Comparison): string | null {
  if (relationNote(comparison) === null || comparison.sameResolution) return null;
  return 'No key changes and no signal counts: the texts look unrelated, so what differs between them is not a change.';
}

export function percent(ratio: number): string {
  return `${Math.round(ratio * 100)}%`;
}

/** 1-based paragraph positions as a reader cites them: `5`, `5–6`, or `5, 8` for a non-contiguous group. */
export function positionsLabel(indices: readonly number[]): string {
  const positions = indices.map((index) => index + 1);
  if (positions.length === 0) return '';
  const contiguous = positions.every((position, i) => i === 0 || position === positions[i - 1] + 1);
  if (contiguous && positions.length > 1) return `${positions[0]}–${positions[positions.length - 1]}`;
  return positions.join(', ');
}

/** The fact of a release's closing lines (its `trailer`), which are not compared as paragraphs. */
const CLOSING_LINES = 'Closing lines (not compared)';
/** Between two closing lines in the fact's value. */
const CLOSING_LINE_SEPARATOR = ' · ';

/**
 * The note every draft's sponsor line carries ("Any changes to the list of sponsors will be reflected in the official
 * record of the meeting."): it says nothing of the text, and a draft → adopted pair reported it as a changed fact
 * (trial 21-a D16).
 */
const SPONSOR_LIST_CAVEAT = /^Any changes? to the list of sponsors will be reflected in the official records? of the meeting\.?$/i;

/** The facts a UN document states on its first page and at its end, as printable strings; absent facts are undefined. */
export const OFFICIAL_FACTS: ReadonlyArray<{ label: string; value: (document: ResultDocument) => string | undefined }> = [
  {
    label: 'Status',
    value: (document) => {
      const status = document.status;
      if (!status) return undefined;
      if (status.stage === 'draft') return status.sponsors?.length ? `draft (${status.sponsors.join(', ')})` : 'draft';
      return ['adopted', status.by ? `by the ${status.by}` : '', status.on ? `on ${status.on}` : ''].filter(Boolean).join(' ');
    },
  },
  { label: 'Basis', value: (document) => document.status?.basis },
  { label: 'Issued', value: (document) => document.issued },
  { label: 'Distribution', value: (document) => document.distribution },
  { label: 'Session', value: (document) => document.session },
  { label: 'Agenda item', value: (document) => document.agendaItem },
  { label: 'Resolution', value: (document) => document.resolution },
  { label: 'Meeting', value: (document) => document.meeting },
  { label: 'Notes', value: (document) => document.notes?.filter((note) => !SPONSOR_LIST_CAVEAT.test(note)).join(' ') || undefined },
  // A release's closing lines, set aside from the paragraphs (`ingest/trailer.ts`): a change there ("Implementation Note
  // issued November 1 → December 13") was shown nowhere, and a reader comparing with `git diff` wondered what was dropped
  // (trial 20-b D15).
  { label: CLOSING_LINES, value: (document) => document.trailer?.join(CLOSING_LINE_SEPARATOR) || undefined },
];


/**
 * The official facts that differ between two documents (draft → adopted, dates, sponsors, session): the "document
 * facts" part of every output. Empty when neither document states such facts, so other texts' outputs are unchanged.
 */
export function changedFacts(left: ResultDocument, right: ResultDocument): Array<{ label: string; left: string; right: string }> {
  return OFFICIAL_FACTS.map((fact) => ({ label: fact.label, left: fact.value(left) ?? '', right: fact.value(right) ?? '' }))
    .filter((fact) => fact.left !== fact.right)
    .map((fact) => (fact.label === CLOSING_LINES ? withoutSharedLines(fact) : fact.label === 'Status' ? sponsorsChanged(left, right) ?? fact : fact));
}

/**
 * Two drafts whose sponsors differ, said as the difference (trial 21-a D9: A/C.1/80/L.9 → Rev.1 listed 56 names, then
 * 57, for "Zambia added"): `Sponsors: 56 → 57 (sponsors added: Zambia)`, "sponsors removed: …" likewise.
 */
function sponsorsChanged(left: ResultDocument, right: ResultDocument): { label: string; left: string; right: string } | null {
  const [older, newer] = [left.status, right.status];
  if (older?.stage !== 'draft' || newer?.stage !== 'draft' || !older.sponsors?.length || !newer.sponsors?.length) return null;
  const added = newer.sponsors.filter((name) => !older.sponsors?.includes(name));
  const removed = older.sponsors.filter((name) => !newer.sponsors?.includes(name));
  if (added.length === 0 && removed.length === 0) return null;
  const said = [added.length ? `sponsors added: ${added.join(', ')}` : '', removed.length ? `sponsors removed: ${removed.join(', ')}` : ''].filter(Boolean).join('; ');
  return { label: 'Sponsors', left: String(older.sponsors.length), right: `${newer.sponsors.length} (${said})` };
}

/** Closing lines that changed without those both texts have ("For media inquiries, …"): the change, not the whole trailer. */
function withoutSharedLines(fact: { label: string; left: string; right: string }): { label: string; left: string; right: string } {
  const [left, right] = [fact.left.split(CLOSING_LINE_SEPARATOR), fact.right.split(CLOSING_LINE_SEPARATOR)];
  return { ...fact, left: left.filter((line) => !right.includes(line)).join(CLOSING_LINE_SEPARATOR), right: right.filter((line) => !left.includes(line)).join(CLOSING_LINE_SEPARATOR) };
}

/** A paragraph as the outputs need it to name it: its position, its own printed number and, in a resolution, its label. */
export type CitableParagraph = { index: number; label?: string | null; number?: string | null };

/**
 * What a reader cites a paragraph by, in every output that names a paragraph (the pair report's sides, the batch
 * index's lineage and target view): its label, which a result gives every paragraph — the label the UN prints in a
 * resolution (`OP 17`, `PP 3`, `Art. 2 (k)`), elsewhere the number the text prints (`¶ 7`) or the count of body
 * paragraphs (`¶ 1` for a statement's first paragraph after its title and date line; see `nameParagraphs`). Without
 * one (a paragraph outside a result), its 1-based running count with the number it prints (`¶ 3 (1.)`).
 */
export function paragraphCitation(paragraph: CitableParagraph): string {
  if (paragraph.label) return paragraph.label;
  return paragraph.number ? `¶ ${paragraph.index + 1} (${paragraph.number})` : `¶ ${paragraph.index + 1}`;
}

/**
 * Whether a paragraph is a heading line (a title, a date line, a section's heading), not a paragraph of text: the
 * reader's role where it set one (a UN text: a short operative paragraph without its semicolon, "Demands an immediate
 * and unconditional ceasefire", is flagged a heading by its shape but read as OP 1), the shape elsewhere (`heading`: a
 * bold title line, a short line without final punctuation).
 */
export function isHeadingLine(paragraph: Pick<Paragraph, 'heading' | 'role'>): boolean {
  return paragraph.role === 'heading' || (paragraph.role === undefined && paragraph.heading);
}

/**
 * The URL fragment of a paragraph in a pair report, the same in every output that links to one: a labelled paragraph
 * by its label and side, `old-PP3`, `new-OP17`, `new-OP5-a-ii`, `new-Art2-k`; any other by side and the name a
 * reader cites it by, `p-left-12` (`¶ 12`), `p-right-heading-1`, else its running count. Labels are unique in a document, so the fragments are unique on a page.
 */
export function paragraphAnchor(side: 'left' | 'right', paragraph: CitableParagraph): string {
  if (!paragraph.label) return `p-${side}-${paragraph.index + 1}`;
  // A name given to a text without UN labels (`¶ 7`, `¶ 7 (a)`, `heading 2`): `p-left-7`, `p-left-7-a`, `p-left-heading-2`.
  if (isGivenName(paragraph.label)) {
    const slug = paragraph.label.replace(/¶\s*/g, '').replace(/\s*\(([^)]*)\)/g, '-$1').replace(/\./g, '').trim().replace(/\s+/g, '-').replace(/[^A-Za-z0-9-]/g, '');
    return `p-${side}-${slug}`;
  }
  return `${side === 'left' ? 'old' : 'new'}-${labelSlug(paragraph.label)}`;
}

/** `OP 5 (a) (ii)` → `OP5-a-ii`, `Annex I PP 3` → `Annex-I-PP3`, `Art. 5 (2) (cont.)` → `Art5-2-cont`. */
function labelSlug(label: string): string {
  return label
    .replace(/\s*\(([^)]*)\)/g, '-$1')
    .replace(/\./g, '')
    .replace(/([A-Za-z])\s+(?=\d)/g, '$1')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/[^A-Za-z0-9-]/g, '');
}

/**
 * Where a finding stands in a document: the labels negotiators cite when the paragraphs carry them (a resolution:
 * `OP 5`, `PP 3+PP 4`, `OP 2 (a)`), else the 1-based positions (`5`, `5–6`); in a text where only some paragraphs carry
 * a label, each unlabelled one is its running count (`¶ 1+PP 1`).
 */
export function placeLabel(paragraphs: ReadonlyArray<{ label?: string | null }>, indices: readonly number[]): string {
  const labels = indices.map((index) => paragraphs[index]?.label);
  if (labels.length === 0 || labels.every((label) => !label)) return positionsLabel(indices);
  const numbered = numberedPlace(labels);
  if (numbered !== null) return numbered;
  return indices.map((index, k) => labels[k] || `¶ ${index + 1}`).join('+');
}

/**
 * Several paragraphs named by their number (`¶ 10`, `¶ 11`: a text without UN labels, `nameParagraphs`) as one place,
 * `¶ 10–11` or `¶ 2, 4`, as positions read; null unless every name is such a number.
 */
export function numberedPlace(labels: ReadonlyArray<string | null | undefined>): string | null {
  const numbers = labels.map((label) => /^¶ (\d+)$/.exec(label ?? '')?.[1]);
  if (labels.length < 2 || numbers.some((number) => number === undefined)) return null;
  return `¶ ${positionsLabel(numbers.map((number) => Number(number) - 1))}`;
}

/** `OP 5` where the paragraphs carry labels, else `¶ 5` / `¶ 5–6`: a place as a reader reads it, with its sign. */
export function placeRef(paragraphs: ReadonlyArray<{ label?: string | null }>, indices: readonly number[]): string {
  const place = placeLabel(paragraphs, indices);
  return place === positionsLabel(indices) ? `¶ ${place}` : place;
}

/**
 * A run of consecutive paragraphs, from first to last: `PP 1 to OP 3` where they carry labels, else `¶ 5–16`
 * (non-contiguous positions listed).
 */
export function spanRef(paragraphs: ReadonlyArray<{ label?: string | null }>, indices: readonly number[]): string {
  if (indices.length === 0) return '';
  const first = placeRef(paragraphs, [indices[0]]);
  const last = placeRef(paragraphs, [indices[indices.length - 1]]);
  if (!first.startsWith('¶ ') || !last.startsWith('¶ ') || isSentenceName(first) || isSentenceName(last)) return first === last ? first : `${first} to ${last}`;
  return `¶ ${positionsLabel(indices)}`;
}

/** The left and right documents of a comparison, found by id; throws when the result does not hold them. */
export function comparedDocuments(
  result: RedlineResult,
  comparison: Comparison,
): { left: ResultDocument; right: ResultDocument } {
  const find = (id: string): ResultDocument => {
    const document = result.documents.find((candidate) => candidate.id === id);
    if (!document) {
      throw new RedlineError(
        'bad-result',
        `the result has no document with id "${id}", which comparison ${comparison.left} → ${comparison.right} names`,
        'Render a result produced by redline compare, or add the missing document to result.documents.',
      );
    }
    return document;
  };
  return { left: find(comparison.left), right: find(comparison.right) };
}

/** Counts of findings per row tag (a moved finding counts under its kind and under `moved`). */
export function countTags(findings: readonly Finding[]): Record<RowTag, number> {
  const counts = Object.fromEntries(ROW_TAGS.map((tag) => [tag, 0])) as Record<RowTag, number>;
  for (const finding of findings) {
    counts[kindTag(finding)] += 1;
    if (finding.moved) counts.moved += 1;
  }
  return counts;
}

/** `reference added` → `references added`: the noun of a tally (every word but the last) takes a regular plural. */
function pluralTally(tally: string, count: number): string {
  if (count === 1) return `1 ${tally}`;
  const words = tally.split(' ');
  words[words.length - 2] += 's';
  return `${count} ${words.join(' ')}`;
}

/** From this many signals of one tally on one row, the row shows them as one group. */
export const SIGNAL_GROUP_FROM = 4;

/** How many of a group's signals its line names. */
export const SIGNAL_GROUP_LISTED = 6;

/** Signals of one row as a reader reads them: one alone, or several of one tally grouped. */
export interface SignalGroup {
  /** `Reference removed: resolution 53/70` alone, `References removed (24): resolution 53/70, 54/49, 55/28, 56/19, 57/53, 58/32 and 18 more` grouped; sentence case. */
  text: string;
  /** The signal type (`reference`, …). */
  type: Signal['type'];
  tone: SignalTone;
  routine: boolean;
  /** The signals in the group, in order. */
  signals: Signal[];
}

/**
 * A row's signals, those of one tally (`reference removed`), tone and routine flag grouped into one line when there are
 * `SIGNAL_GROUP_FROM` or more, at the place of the first: a recalled list of 20 resolutions dropped was 20 stacked
 * "Reference removed: …" badges beside 8 lines of text, a whole printed page (A/RES/75/32 PP 1, session 13). Fewer stay
 * one by one. Every output that lists a row's signals (HTML, text, Markdown) uses these lines.
 */
export function signalGroups(signals: readonly Signal[]): SignalGroup[] {
  // A row's actors added and removed are one group (`actorGroupText`) from two on: the count of actors named is said once.
  const key = (signal: Signal): string => (signal.type === 'actor' ? `actor\u0000${isRoutineSignal(signal)}` : `${signal.tally}\u0000${signalTone(signal)}\u0000${isRoutineSignal(signal)}`);
  const counts = new Map<string, number>();
  for (const signal of signals) counts.set(key(signal), (counts.get(key(signal)) ?? 0) + 1);
  const groups = new Map<string, SignalGroup>();
  const out: SignalGroup[] = [];
  for (const signal of signals) {
    const k = key(signal);
    const single = { text: sentenceCase(signal.summary), type: signal.type, tone: signalTone(signal), routine: isRoutineSignal(signal), signals: [signal] };
    if ((counts.get(k) ?? 0) < (signal.type === 'actor' ? ACTOR_GROUP_FROM : SIGNAL_GROUP_FROM)) {
      out.push(single);
      continue;
    }
    const group = groups.get(k);
    if (group) group.signals.push(signal);
    else {
      groups.set(k, single);
      out.push(single);
    }
  }
  for (const group of groups.values()) {
    if (group.type === 'actor') {
      group.text = actorGroupText(group.signals);
      continue;
    }
    const tally = group.signals[0].tally;
    const details = group.signals.map((signal) => (signal.summary.startsWith(`${tally}: `) ? signal.summary.slice(tally.length + 2) : signal.summary));
    // A kind word said once for a run ("resolution 53/70, 54/49"), the first few listed: the rest are in the paragraph's text.
    const listed = details.slice(0, SIGNAL_GROUP_LISTED).map((detail, i) => {
      const word = /^\S+ /.exec(detail)?.[0];
      return i > 0 && word && details[i - 1].startsWith(word) ? detail.slice(word.length) : detail;
    });
    const more = details.length - listed.length;
    group.text = sentenceCase(`${pluralTally(tally, group.signals.length).replace(/^\d+ /, '')} (${group.signals.length}): ${listed.join(', ')}${more > 0 ? ` and ${more} more` : ''}`);
  }
  return out;
}

/** A signal group's line as the outputs print it: a signal alone by its summary (lower case, as classify says it), a group by its text. */
export function signalGroupLine(group: SignalGroup): string {
  return group.signals.length > 1 ? group.text : group.signals[0].summary;
}

/** From this many actor signals on one row, the row shows them as one line (`actorGroupText`). */
export const ACTOR_GROUP_FROM = 2;

/**
 * A row's actors added and removed as one line, the count of actors named said once: `Actors (1 → 3 named): removed
 * Andorra; added Malawi, Gambia, Colombia`. Each signal carried the count (`actor removed: Andorra (1 → 3 actors
 * named)`, `actor added: Malawi (1 → 3 actors named)`, …), which a new user read as a contradiction, "removed … 1 → 3"
 * (trial 18-a D16, Arms Trade Treaty 78/48 → 79/52 PP 16).
 */
function actorGroupText(signals: readonly Signal[]): string {
  const count = signals.map((signal) => / \((\d+ → \d+) actors named\)$/.exec(signal.summary)?.[1]).find((found) => found !== undefined);
  const names = (change: 'added' | 'removed'): string[] => signals.flatMap((signal) => (signal.type === 'actor' && signal.change === change ? [signal.actor] : []));
  const listed = (all: string[]): string => {
    const more = all.length - SIGNAL_GROUP_LISTED;
    return `${all.slice(0, SIGNAL_GROUP_LISTED).join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
  };
  const parts = (['removed', 'added'] as const).filter((change) => names(change).length > 0).map((change) => `${change} ${listed(names(change))}`);
  return `Actors${count === undefined ? '' : ` (${count} named)`}: ${parts.join('; ')}`;
}

/** True when a signal is part of the yearly succession (a reference succeeded, a session number one up). */
export function isRoutineSignal(signal: Signal): boolean {
  return (signal as { routine?: unknown }).routine === true;
}

/**
 * True when a finding's only change is notes succeeded with the year's report (an unchanged paragraph in place citing
 * `A/80/365` where it cited `A/79/363`): counted with the routine ones. Read from the contract's `routine` and
 * `relocated` marks on its footnote changes (set by `footnote-changes.ts`), as the verdict reads them.
 */
function isRoutineByNotes(finding: Finding): boolean {
  const notes = finding.footnoteChanges ?? [];
  return finding.kind === 'unchanged' && !finding.moved && !finding.routine && notes.some((note) => note.routine) && notes.every((note) => note.relocated || note.routine);
}

/** Most changes in the text a one-line summary names; the rest are counted. */
const TEXT_CHANGES_NAMED = 6;

/**
 * The changes to the text that no negotiated finding says (`Comparison.textChanges`: title, notes, moves, splits) in
 * one line, `title changed: “…” → “…”; OP 11, footnote 9 changed: adds annex`, or null when there are none. A record
 * note is written from it (trial 21-a D1–D3): "adopted without textual change" is said only where it is null.
 */
export function textChangesLine(comparison: Comparison): string | null {
  const changes = comparison.textChanges ?? [];
  if (changes.length === 0) return null;
  const more = changes.length - TEXT_CHANGES_NAMED;
  return `${changes.slice(0, TEXT_CHANGES_NAMED).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/**
 * What a pair with no key change says in place of them, one sentence for every output (trial 21-a D6: the Word memo of
 * an unchanged text hedged "… or nothing changed" where the terminal and the report said "No change"): no change in
 * text at all, the changes in the text that were not negotiated, or the editorial and routine ones.
 */
export function noKeyChangeSentence(comparison: Comparison): string {
  const text = textChangesLine(comparison);
  if (text) return `No negotiated change; changed in the text: ${text}.`;
  const changes = comparison.findings.filter(isChange).length;
  if (changes === 0) return 'No change in text: every paragraph is unchanged and in place.';
  return `No negotiated change: the ${changes === 1 ? 'change is' : `${changes} changes are`} editorial, routine or moves (listed below).`;
}

/** How `pairSummary` opens the line of a pair whose every change is routine or editorial. */
const TECHNICAL_UPDATE = 'Technical update:';

/** The step's verdict (`Comparison.technicalUpdate`); for a result written before it was recorded, what its summary says. */
export function isStepTechnicalUpdate(comparison: Comparison): boolean {
  return comparison.technicalUpdate ?? isTechnicalUpdate(pairSummary(comparison));
}

/** Whether a pair's one-line summary (`PairSignals.summary`) says it is a technical update. */
export function isTechnicalUpdate(summary: string | null | undefined): boolean {
  return typeof summary === 'string' && summary.startsWith(TECHNICAL_UPDATE);
}

/**
 * The pair in one line. A pair whose every change is routine or editorial is a technical update; otherwise its
 * non-routine signals are counted by tally, grouped by type, commitments first and the others in reading order ("3
 * references added, 1 deadline moved, 2 hedges added"),
 * with the routine paragraphs counted apart. Null when nothing changed.
 */
export function pairSummary(comparison: Comparison): string | null {
  const changes = comparison.findings.filter(isChange);
  const text = textChangesLine(comparison);
  if (changes.length === 0) return text === null ? null : `Changed in the text (nothing negotiated): ${text}.`;
  // Routine paragraphs of any kind: a reworded one, or a new or dropped one that only records an event passing.
  // A paragraph that kept its words and cites the year's report succeeded (`isRoutineByNotes`) counts with the routine ones.
  const routine = changes.filter((finding) => finding.routine || isRoutineByNotes(finding)).length;
  const editorial = changes.filter((finding) => finding.editorial).length;
  // The step's one verdict (`Comparison.technicalUpdate`, src/verdict.ts), read as the digest and the index read it; a
  // result written before it was recorded is read as before.
  if (comparison.technicalUpdate ?? (routine > 0 && routine + editorial === changes.length)) {
    const parts = [routine ? `${routine} routine` : '', editorial ? `${editorial} editorial` : ''].filter(Boolean).join(', ') || 'nothing negotiated';
    // A note revised or a paragraph moved is no yearly succession: said as what it is (trial 21-a D2).
    if (text !== null) return `${TECHNICAL_UPDATE} nothing negotiated; changed in the text: ${text}.`;
    return `${TECHNICAL_UPDATE} every change is the yearly succession of sessions, years, dates and symbols, or editorial (${parts}).`;
  }
  // Grouped by signal type (in the order types first appear), then by tally within the type.
  const byType = new Map<string, Map<string, number>>();
  // A topic is counted once however many paragraphs brought or carried it: "3 topics added" are three topics the text
  // gained, not three paragraph signals (a statement dropping its cybercrime paragraphs read "29 topics removed").
  const topicsCounted = new Set<string>();
  for (const finding of comparison.findings) {
    // A routine paragraph is counted as a routine update, its signals with it: a new or dropped one that only records an
    // event passing, or a reworded one whose count ran on ("306 → 307" States: not "1 figure changed").
    if (finding.routine) continue;
    for (const signal of finding.signals) {
      if (isRoutineSignal(signal)) continue;
      if (signal.type === 'topic') {
        const key = `${signal.change} ${signal.topic}`;
        if (topicsCounted.has(key)) continue;
        topicsCounted.add(key);
      }
      const tallies = byType.get(signal.type) ?? new Map<string, number>();
      tallies.set(signal.tally, (tallies.get(signal.tally) ?? 0) + 1);
      byType.set(signal.type, tallies);
    }
  }
  // Commitments lead, then the other types in reading order: what the text pledges, and which way it moved, is the
  // headline (FOMC 2023-02-01 → 03-22 read "2 actors removed, 1 commitment weakened, …" where the guidance softened;
  // trial 20-b D1).
  const ordered = [...byType].sort(([a], [b]) => Number(b === 'commitment') - Number(a === 'commitment'));
  const counted = ordered.map(([, tallies]) => tallies).flatMap((tallies) => [...tallies].map(([tally, count]) => pluralTally(tally, count)));
  // Substantive findings that carry no signal (a paragraph rewritten, a clause added) are counted too: a new user read
  // "5 routine updates." for CTBT 79/77 → 80/70, whose digest lists 3 negotiated changes.
  const substantive = changes.filter((finding) => finding.kind !== 'unchanged' && !finding.routine && !finding.editorial).length;
  if (counted.length === 0 && substantive > 0) counted.push(`${substantive} substantive ${substantive === 1 ? 'change' : 'changes'}`);
  if (routine > 0) counted.push(`${routine} routine ${routine === 1 ? 'update' : 'updates'}`);
  if (counted.length === 0) return text === null ? null : `Changed in the text (nothing negotiated): ${text}.`;
  return `${counted.join(', ')}.${text === null ? '' : ` Also changed in the text: ${text}.`}`;
}

/**
 * A comparison's signals document-wide: its summary line, the references added and removed (a reference removed from
 * one paragraph and added to another cancels out; routine successors aside), and the topics the newer text brings that
 * the older never touched, or no longer touches anywhere (topic signals are read against the whole documents, so no
 * topic is both).
 */
export function pairSignals(comparison: Comparison): PairSignals {
  const references = new Map<string, number>();
  const topics = new Map<string, number>();
  for (const finding of comparison.findings) {
    for (const signal of finding.signals) {
      if (signal.type === 'reference' && !signal.routine) {
        const key = (signal.change === 'added' ? signal.to : signal.from) ?? '';
        references.set(key, (references.get(key) ?? 0) + (signal.change === 'added' ? 1 : -1));
      }
      if (signal.type === 'topic') topics.set(signal.topic, (topics.get(signal.topic) ?? 0) + (signal.change === 'added' ? 1 : -1));
    }
  }
  const keys = (counts: Map<string, number>, sign: 1 | -1) => [...counts].filter(([, count]) => count * sign > 0).map(([key]) => key);
  return {
    summary: pairSummary(comparison),
    technicalUpdate: isStepTechnicalUpdate(comparison),
    referencesAdded: keys(references, 1),
    referencesRemoved: keys(references, -1),
    topicsAdded: keys(topics, 1),
    topicsRemoved: keys(topics, -1),
  };
}

/** Which side of a related link is the unpaired (new or dropped) paragraph: the side with one index that has no partner. */
export function unpairedSide(comparison: Comparison, link: RelatedLink): 'left' | 'right' {
  if (link.left.length !== 1) return 'right';
  const index = link.left[0];
  return comparison.findings.some((finding) => finding.kind === 'dropped' && finding.left[0] === index) ? 'left' : 'right';
}

/** Most shared words a one-line related note shows. */
const NOTE_WORDS = 6;

/**
 * A related link as one phrase about the unpaired paragraph: `related to newer ¶ 2, 4 (62% of its content; shared:
 * transition, workers, …)`, or `related to newer OP 3` where the other side's paragraphs carry labels (`others`, the
 * paragraphs of the document on the other side of `side`). `measured` false (the other end of a one-to-one link)
 * leaves out the share, which is the unpaired paragraph's.
 */
export function relatedPhrase(link: RelatedLink, side: 'left' | 'right', measured = true, others: ReadonlyArray<{ label?: string | null }> = []): string {
  const indices = side === 'left' ? link.right : link.left;
  const words = link.shared.slice(0, NOTE_WORDS).join(', ') + (link.shared.length > NOTE_WORDS ? ', …' : '');
  // `containment` measures the unpaired paragraph the link was found for; on the other end only the shared words apply.
  const share = measured ? `${percent(link.containment)} of its content; ` : '';
  const place = placeLabel(others, indices);
  return `related to ${side === 'left' ? 'newer' : 'older'} ${place === positionsLabel(indices) ? `¶ ${place}` : place} (${share}shared: ${words})`;
}

/**
 * The drafts whose adopted text is not in the corpus: the newest draft of each draft history without one (`A/80/L.6`
 * alone, its resolution not collected). Such a draft has no step to its adopted text, and a series of only that draft
 * none at all: the index, the digest and the summary line say why (a new user read "0 + 1 draft", "No compared pair.").
 */
export function draftsWithoutAdopted(series: Pick<Series, 'drafts'>): string[] {
  return series.drafts.filter((history) => history.adopted === null && history.drafts.length > 0).map((history) => history.drafts[history.drafts.length - 1]);
}

/**
 * `the adopted text of draft A/80/L.6 is not in the corpus` (several: `the adopted texts of drafts A/80/L.6 and A/80/L.9
 * are …`), and when inputs were not read, how many (`(1 input skipped, 2 unreadable: see batch.json)`): the text may be
 * one of them, such as an adopted text saved as .odt.
 */
export function adoptedMissingPhrase(drafts: readonly string[], notRead?: { skipped: number; failed: number }): string {
  const missing = drafts.length === 1 ? `the adopted text of draft ${drafts[0]} is not in the corpus` : `the adopted texts of drafts ${drafts.slice(0, -1).join(', ')} and ${drafts[drafts.length - 1]} are not in the corpus`;
  return notRead ? `${missing}${notReadNote(notRead)}` : missing;
}

/** ` (2 inputs skipped, 1 unreadable: see batch.json)`, or '' when every input was read. */
export function notReadNote(notRead: { skipped: number; failed: number }): string {
  const parts: string[] = [];
  if (notRead.skipped > 0) parts.push(`${notRead.skipped} ${notRead.skipped === 1 ? 'input' : 'inputs'} skipped`);
  if (notRead.failed > 0) parts.push(`${notRead.failed} ${parts.length ? '' : notRead.failed === 1 ? 'input ' : 'inputs '}unreadable`);
  return parts.length ? ` (${parts.join(', ')}: see batch.json)` : '';
}

/**
 * A title followed by its date (`Nuclear disarmament, 2025-12-03`), or the title alone when it already holds the date
 * or there is none: `FOMC statement, 2019-01-30` stays as it is, where the Word running head read "FOMC statement,
 * 2018-12-19, 2018-12-19" (session 12).
 */
export function titleWithDate(title: string, date: string | null): string {
  return date && !title.includes(date) ? `${title}, ${date}` : title;
}

/**
 * The name of a document in every output of a run: its symbol (`A/RES/74/247`), else its title, else its id (the file
 * name, kept as the id). A user pasting a target run into a memo read `000_9b5e0b9e7a90fd7e`, the statement's file
 * name, in the index's title, its pair table and its lineage, where the pair report said "Joint Statement of the First
 * Ministerial Conference …" (trial 15a).
 */
export function documentName(document: { id: string; title: string; symbol?: string | null }): string {
  if (document.symbol) return document.symbol;
  const title = document.title.replace(/\s+/g, ' ').trim();
  return title || document.id;
}
