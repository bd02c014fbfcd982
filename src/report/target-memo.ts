import type { TargetMemo, TargetMemoClause, TargetMemoDocument, TargetMemoDropped, TargetMemoClosest, TargetMemoEarlier, TargetMemoParagraph, TargetMemoSource } from '../types.js';
import { cutText } from './digest-line.js';
import { memoText } from './digest.js';
import { percent, UNRELATED_CUT } from './labels.js';

/**
 * The target memo's renderers: `target.json` (byte-stable), `target.md` (pastes into a Word memo as it is: headings,
 * bullets, no tables or links, as `digest.md`) and the words the Word memo (`target-docx.ts`) and the batch index's
 * section (`templates/batch/partials/batch-memo.hbs`) share with it. Each renders the `TargetMemo` as given.
 */

/** `target.json`: two-space indented, keys in the contract's order, a final newline. */
export function renderTargetMemoJson(memo: TargetMemo): string {
  return JSON.stringify(memo, null, 2) + '\n';
}

/** How long a quoted paragraph is in a line of the memo (the JSON holds it whole). */
const QUOTE = 160;

/** A document with its date: `A/RES/78/16 (2023-12-04)`. */
export function dated(document: { name: string; date: string | null }): string {
  return `${document.name}${dateAfter(document.name, document.date)}`;
}

/**
 * The date in brackets after a name or place, unless the name already ends with it: a speech titled "Statement by
 * Kuwait … (2022)" dated 2022 read "(2022) (2022)" (trial 18-a D7).
 */
function dateAfter(name: string, date: string | null): string {
  return date && !name.trimEnd().endsWith(`(${date})`) ? ` (${date})` : '';
}

/** Longest name a memo line repeats whole: a symbol (`A/RES/73/187`) or a short title; a longer one is said once. */
const SHORT_NAME = 40;

/**
 * How the memo's lines name a document after "Earlier documents" has named it whole: its name when short (a symbol),
 * else its id (`2024-draft-illustrative`, the file name, as the index names it). Trial 19-b D11: each of 18 source lines
 * opened with the draft's 120-character title, a 3-page memo where one would do, the finding on the third line of each
 * bullet.
 */
export function shortName(document: { id: string; name: string }): string {
  return document.name.length <= SHORT_NAME ? document.name : document.id;
}

/** How a line names a document: `shortName` for one "Earlier documents" lists (named whole there), else its name. */
export type MemoNaming = (document: { id: string; name: string }) => string;

/** The memo's naming (`MemoNaming`): short for the documents it lists, whole for the others (a closest in a document it only counts). */
export function memoNaming(memo: TargetMemo): MemoNaming {
  const listed = new Set(listedDocuments(memo).listed.map((document) => document.id));
  return (document) => (listed.has(document.id) ? shortName(document) : document.name);
}

/** Whole names, as the index's section gives them (each line a link of its own). */
const wholeNames: MemoNaming = (document) => document.name;

/** An earlier document as "Earlier documents" names it: `2024-draft-illustrative: Draft Joint Statement … (2024-10-25)`, its short name first when the lines use one. */
export function earlierName(document: TargetMemoEarlier): string {
  const short = shortName(document);
  return short === document.name ? dated(document) : `${short}: ${dated(document)}`;
}

/** Longest target name in the memo's title (two lines of the 16-point Word heading with its suffix): the summary names the target whole. */
const TITLE_NAME = 64;

/**
 * The memo's title: `A/RES/80/46: sources, what is new, what it drops`. A long name is cut at a word, at 64 characters (trial 18-a D17:
 * the seed's 40-word title and a 12-word suffix wrapped to five heading lines); the summary names it whole.
 */
export function memoTitle(memo: TargetMemo): string {
  return `${cutText(memo.target.name, TITLE_NAME)}: sources, what is new, what it drops`;
}

/**
 * Most "others" (searched, giving nothing, not compared in full) named in the line that counts them; past it only counted,
 * the JSON keeps every one (trial 18-a D7: 2,459 General Debate speeches listed one a line, 98 pages of a Word memo).
 */
const OTHERS_NAMED = 10;

/**
 * The earlier documents the memo lists one a line: those that give the target a paragraph or were compared with it in
 * full; the others (searched, none gives a paragraph) are said in one line (`othersLine`).
 */
export function listedDocuments(memo: TargetMemo): { listed: TargetMemoEarlier[]; others: TargetMemoEarlier[] } {
  const listed = memo.documents.filter((document) => document.carried > 0 || document.comparedInFull);
  const others = memo.documents.filter((document) => !(document.carried > 0 || document.comparedInFull));
  return { listed, others };
}

/** The line that counts the documents not listed: `and 2,459 others searched: none gives a paragraph.`; null when none. */
export function othersLine(memo: TargetMemo): string | null {
  const { listed, others } = listedDocuments(memo);
  if (others.length === 0) return null;
  const n = others.length.toLocaleString('en-US');
  const lead = listed.length > 0 ? `And ${n} ${others.length === 1 ? 'other' : 'others'} searched` : `${n} earlier ${others.length === 1 ? 'document' : 'documents'} searched`;
  const none = others.length === 1 ? 'it gives no paragraph' : 'none gives a paragraph';
  const names = others.length <= OTHERS_NAMED ? ` (${others.map(dated).join('; ')})` : '';
  return `${lead}: ${none}${names}.`;
}

/** The paragraphs the memo's sections list. */
export function memoSections(memo: TargetMemo): { carried: TargetMemoParagraph[]; fresh: TargetMemoParagraph[]; unchecked: TargetMemoParagraph[] } {
  return {
    carried: memo.paragraphs.filter((paragraph) => paragraph.status === 'traced'),
    fresh: memo.paragraphs.filter((paragraph) => paragraph.status === 'new'),
    unchecked: memo.paragraphs.filter((paragraph) => paragraph.status === 'not-checked'),
  };
}

/** The memo in one sentence: what was searched, how many paragraphs are carried, new, not checked, and how many dropped. */
export function memoSummary(memo: TargetMemo): string {
  const { carried, fresh, unchecked } = memoSections(memo);
  const full = memo.documents.filter((document) => document.comparedInFull);
  const dropped = memo.dropped.reduce((total, document) => total + document.paragraphs.length, 0);
  const count = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
  const parts = [
    `${dated(memo.target)}, against ${count(memo.documentsSearched, 'earlier document')} searched: ${count(memo.paragraphs.length, 'paragraph')} (headings aside), ${carried.length} carried from earlier texts, ${fresh.length} new${unchecked.length > 0 ? `, ${unchecked.length} not checked` : ''}.`,
    full.length === 0
      ? 'No earlier document is similar enough to it to be compared in full, so what it drops is not known.'
      : !memo.documents.some((document) => document.dropped !== null)
      ? `${count(full.length, 'earlier document')} ${full.length === 1 ? 'was' : 'were'} compared with it in full and ${full.length === 1 ? 'is' : 'are'} too unlike it for a pair report (${closestFull(full)}), so no paragraph of ${full.length === 1 ? 'it' : 'them'} is listed as dropped.`
      : droppedSentence(memo),
  ];
  if (memo.notChecked.length > 0) parts.push(`${count(memo.notChecked.length, 'possible source')} could not be searched.`);
  if (memo.orderUnknown && memo.orderUnknown.length > 0) parts.push(orderUnknownSentence(memo.orderUnknown, memo.target));
  // Trial 21-b D6: past the 1,000 closest by estimate, a document is read only through the phrases it shares with the target.
  if (memo.searchedByPhrases) parts.push(`${count(memo.searchedByPhrases, 'of them was', 'of them were')} searched only through the phrases ${memo.searchedByPhrases === 1 ? 'it shares' : 'they share'} with it (past the 1,000 closest by estimate): a paraphrase there, or a closer paragraph, may be missed.`);
  return parts.join(' ');
}

/**
 * The documents dated only by a year (or month) holding the target's date, as the summary says them: `192 documents
 * dated only 2024 (the target's year), order unknown: not searched as sources.` (trial 21-b D1).
 */
function orderUnknownSentence(documents: readonly TargetMemoDocument[], target: TargetMemoDocument): string {
  const spans = [...new Set(documents.map((document) => document.date!))].sort();
  const span = spans.length === 1 ? spans[0] : spans.join(' or ');
  const years = spans.every((date) => date.length === 4);
  const what = years ? "the target's year" : "the target's year or month";
  const n = documents.length;
  const which = n <= 3 ? ` (${documents.map((document) => document.name).join(', ')})` : '';
  return `${n.toLocaleString('en-US')} ${n === 1 ? 'document' : 'documents'}${which} dated only ${span} (${what}, ${target.date}): ${years ? 'same year' : 'same period'}, order unknown, so not searched as ${n === 1 ? 'a source' : 'sources'}.`;
}

/** The most similar of the documents compared in full, as the summary says it: `at most 3% similar`. */
function closestFull(full: readonly TargetMemoEarlier[]): string {
  return `at most ${percent(Math.max(...full.map((document) => document.similarity)))} similar`;
}

/** What it drops, in a sentence: the paragraphs of the related documents compared in full, the unrelated ones counted apart. */
function droppedSentence(memo: TargetMemo): string {
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  const related = memo.dropped.filter((document) => !document.unrelated);
  const unrelated = memo.dropped.filter((document) => document.unrelated);
  const full = memo.documents.filter((document) => document.dropped !== null).length - unrelated.length;
  const dropped = related.reduce((total, document) => total + document.paragraphs.length, 0);
  const parts: string[] = [];
  if (full > 0) parts.push(`${count(dropped, 'paragraph')} of the ${count(full, 'related document')} compared in full ${dropped === 1 ? 'is' : 'are'} carried nowhere in it.`);
  if (unrelated.length > 0) parts.push(`${count(unrelated.length, 'document')} compared in full ${unrelated.length === 1 ? 'looks' : 'look'} unrelated to it (under ${percent(UNRELATED_CUT)} similar): ${unrelated.length === 1 ? 'its' : 'their'} paragraphs are not counted as dropped.`);
  return parts.join(' ');
}

/** "What it drops" when no paragraph is listed: the documents compared in full carry nothing the target drops, are too unlike it, or none was compared. */
export function droppedNone(memo: TargetMemo): string {
  if (memo.documents.some((document) => document.dropped !== null)) return 'Nothing: it carries every paragraph of the documents compared with it in full.';
  if (memo.documents.some((document) => document.comparedInFull)) return 'None listed: the documents compared with it in full are too unlike it for a pair report.';
  return 'Not known: no earlier document was compared with it in full.';
}

/** An unrelated document's line under "What it drops": its paragraphs are not listed as positions dropped. */
export function unrelatedLine(document: TargetMemoDropped): string {
  return `The texts look unrelated (${percent(document.similarity)} similar): the ${document.paragraphs.length} paragraphs of it that the target does not carry are not listed as positions dropped (its pair report lists them).`;
}

/**
 * The "dropped" cell of an earlier document in the tables (index, Word): the count, else "no report" for a document
 * compared in full but too unlike the target for a pair report, else "not compared" (trial 21-b D8: the Word table said
 * "not compared" of the four documents its own summary said were compared in full).
 */
export function droppedCell(document: TargetMemoEarlier): string {
  return document.dropped === null ? (document.comparedInFull ? 'no report' : 'not compared') : String(document.dropped);
}

/** An earlier document's similarity as shown: the engine's measure when compared in full, else `≈` the estimate. */
export function earlierSimilarity(document: TargetMemoEarlier): string {
  return `${document.comparedInFull ? '' : '≈'}${percent(document.similarity)}`;
}

/**
 * One earlier document in a line: `A/RES/78/16 (2023-12-04), 3% similar: gives 0 paragraphs; 12 of its paragraphs
 * carried nowhere`. No option names: the line pastes into a memo for a minister (trial 18-a D12).
 */
export function earlierLine(document: TargetMemoEarlier): string {
  const gives = `gives ${document.carried} ${document.carried === 1 ? 'paragraph' : 'paragraphs'}`;
  return `${earlierName(document)}, ${earlierSimilarity(document)} similar: ${gives}; ${dropsOf(document)}`;
}

/**
 * What a document's line says of what the target drops of it. A pair compared in full without a report fell under the
 * similarity a report needs: the texts are too unlike for a list of dropped paragraphs to mean anything (trial 18-a
 * D12: "compared in full … what it drops is not known" contradicted itself).
 */
export function dropsOf(document: TargetMemoEarlier): string {
  if (document.dropped !== null) return `${document.dropped} of its paragraphs carried nowhere`;
  if (document.comparedInFull) return 'compared in full, too unlike it for a pair report: no paragraph of it listed as dropped';
  return 'not compared in full: what it drops is not known';
}

/** What the pair report says of a source's edit: `unchanged`, `editorial only`, `note → welcome (stronger) — commitment …`. */
export function sourceChange(source: TargetMemoSource): string {
  const moved = source.moved ? ', moved' : '';
  switch (source.edit) {
    case null:
      // The paragraphs compared alone say what differs (trial 20-a D11); without that, only how it was found.
      return source.line === null ? 'found by the lineage search (the pair has no report)' : `${lineWords(source)}${moved}${lineSignals(source)}`;
    case 'none':
      return `${source.kind === 'unchanged' ? 'same words' : 'words unchanged'}${moved}`;
    case 'editorial':
      return `editorial only${moved}`;
    case 'routine':
      return `routine only (the yearly succession)${moved}`;
    case 'substantive':
      return `${lineWords(source)}${moved}${lineSignals(source)}`;
  }
}

/** A source's digest line without its places, with its tone: `adds “…” (stronger)`. */
function lineWords(source: TargetMemoSource): string {
  const line = source.line ?? '';
  const colon = line.indexOf(': ');
  const words = colon === -1 ? line : line.slice(colon + 2);
  const tone = source.tone !== null && !words.includes(`(${source.tone})`) ? ` (${source.tone})` : '';
  return `${words}${tone}`;
}

/** A source's signals after its words: ` — commitment added: …`; empty when none. */
function lineSignals(source: TargetMemoSource): string {
  return source.signals.length > 0 ? ` — ${source.signals.join('; ')}` : '';
}

/** A source in a line: `Draft Joint Statement … ¶ 7 (2024-10-25), modified 98%: note → welcome (stronger) — …`. */
export function sourceLine(source: TargetMemoSource, naming: MemoNaming = wholeNames): string {
  const name = naming(source);
  return `${name} ${source.place}${dateAfter(name, source.date)}, ${sourceKind(source)}: ${sourceChange(source)}`;
}

/**
 * A clause a paragraph adds to its closest source, with where an earlier document used it first: `the clause “while
 * noting that …” (not in A/RES/79/41 OP 8) is first in A/RES/78/40 PP 17 (2023-12-04): “that risk reduction is …”`,
 * the words quoted again only when the earlier paragraph has part of them (trial 20-a D11); sources as close as the one
 * named that lack it too are named beside it (`not in A/RES/79/41 OP 8 nor A/RES/78/40 OP 8`, sig21); for a paragraph
 * with no source, `the clause “…” is first in ZAF_2021_S76 ¶ 12 (2021)`.
 */
export function clauseLine(clause: TargetMemoClause, naming: MemoNaming = wholeNames): string {
  const name = naming(clause);
  const part = clause.shared === clause.added ? '' : `: “${clause.shared}”`;
  const lacking = clause.without
    ? [clause.without, ...(clause.alsoWithout ?? [])].map((source) => `${naming(source)} ${source.place}`).join(' nor ')
    : '';
  const without = lacking ? ` (not in ${lacking})` : '';
  return `the clause “${clause.added}”${without} is first in ${name} ${clause.place}${dateAfter(name, clause.date)}${part}`;
}

/** A source's date as its line gives it after the place: ` (2024-10-25)`, empty when the name ends with it. */
export function sourceDate(source: { name: string; date: string | null }): string {
  return dateAfter(source.name, source.date);
}

/**
 * A source's kind and similarity as a line says them: `modified 98%`; a `partial` source with the share of the
 * target paragraph's wording found in it: `partial (45% of its wording there), 40% similar`.
 */
export function sourceKind(source: { kind: TargetMemoSource['kind']; similarity: number; containment?: number }): string {
  if (source.kind === 'partial') return `partial (${percent(source.containment ?? 0)} of its wording there), ${percent(source.similarity)} similar`;
  return `${source.kind} ${percent(source.similarity)}`;
}

/**
 * A paragraph without a source, as its line opens, with its closest candidate under the floor: `¶ 7 “…” — closest:
 * A/RES/78/16 PP 11, 26% (under the floor)`, or `no close paragraph` when none reaches the lineage's closest floor.
 */
export function freshLead(paragraph: TargetMemoParagraph, naming: MemoNaming = wholeNames): string {
  return `${paragraphLead(paragraph)} — ${closestNote(paragraph.closest, paragraph.searched, naming)}`;
}

/**
 * The closest candidate of a paragraph without a source: `closest: A/RES/78/16 PP 11 (2023-12-04), 26% (under the
 * floor)`; for a paragraph the search left out as too short, that it was not traced, not that no earlier text is close
 * (trial 19-b D5: "The General Assembly," of 75/282 read "no close paragraph in the earlier texts", in five of them word
 * for word).
 */
export function closestNote(near: TargetMemoClosest | undefined, searched?: boolean, naming: MemoNaming = wholeNames): string {
  if (searched === false && !near) return 'too short to search (a formula or heading): not traced';
  if (!near) return `no close paragraph in the earlier texts (no candidate sharing its wording reaches ${percent(CLOSEST_FLOOR)})`;
  const name = naming(near);
  const why = near.formula ? 'shares only a formula: dates, other citations or a lead-in' : 'under the floor';
  return `closest: ${name} ${near.place}${dateAfter(name, near.date)}, ${percent(near.similarity)} (${why})`;
}

/**
 * The least similarity of a closest candidate the lineage names (`LINEAGE_CLOSEST_FLOOR` in batch/lineage.ts; report/
 * imports no stage): said with "no close paragraph", an absolute statement a reader quotes otherwise (trial 21-b D5).
 */
export const CLOSEST_FLOOR = 0.15;

/** A target paragraph as its line opens: `¶ 6 “We welcome the decision reached …”`. */
export function paragraphLead(paragraph: { place: string; text: string }): string {
  return `${paragraph.place} “${cutText(paragraph.text, QUOTE)}”`;
}

/**
 * The documents without a list of dropped paragraphs, said once: those not compared in full (named when they give a
 * paragraph, else counted: trial 18-a D7 repeated 2,459 names here), and those compared in full but too unlike the
 * target for a pair report. No option names: the note pastes into a memo (trial 18-a D12).
 */
export function notComparedNote(memo: TargetMemo): string | null {
  const naming = memoNaming(memo);
  const named = (document: TargetMemoEarlier): string => dated({ name: naming(document), date: document.date });
  const giving = memo.documents.filter((document) => !document.comparedInFull && document.carried > 0);
  const silent = memo.documents.filter((document) => !document.comparedInFull && document.carried === 0).length;
  const unreported = memo.documents.filter((document) => document.comparedInFull && document.dropped === null);
  const count = (n: number): string => `${n.toLocaleString('en-US')} ${n === 1 ? 'other earlier document' : 'other earlier documents'}`;
  const parts = [
    ...(giving.length > 0 ? [`Not compared in full, so what the target drops of them is not known: ${giving.map(named).join('; ')}${silent > 0 ? `, and ${count(silent)} that give it no paragraph` : ''}.`] : []),
    ...(giving.length === 0 && silent > 0 ? [`What the target drops of the ${silent.toLocaleString('en-US')} earlier ${silent === 1 ? 'document' : 'documents'} not compared in full is not known: ${silent === 1 ? 'it gives' : 'none gives'} it a paragraph.`] : []),
    ...(unreported.length > 0 ? [`Compared in full but too unlike the target for a pair report, so no paragraph of them is listed as dropped: ${unreported.map(named).join('; ')}.`] : []),
  ];
  return parts.length > 0 ? parts.join(' ') : null;
}

/**
 * `target.md`: the memo as Markdown that pastes into a Word memo: the summary, the earlier documents closest first, what
 * the target takes (a bullet per paragraph, a sub-bullet per source with its edit and signals), what is new in it, what
 * it drops of each document compared in full.
 */
export function renderTargetMemoMarkdown(memo: TargetMemo): string {
  const { carried, fresh, unchecked } = memoSections(memo);
  const naming = memoNaming(memo);
  const out = [`# ${memoText(memoTitle(memo))}`, '', memoText(memoSummary(memo)), '', '## Earlier documents, the closest first', ''];
  if (memo.documents.length === 0) out.push('None: no corpus document is dated before the target.');
  const { listed } = listedDocuments(memo);
  for (const document of listed) out.push(`- ${memoText(earlierLine(document))}`);
  const others = othersLine(memo);
  if (others) out.push(...(listed.length > 0 ? [''] : []), memoText(others));
  for (const entry of memo.notChecked) out.push(`- ${memoText(entry.document)}: not searched (${entry.reason}${entry.error ? `: ${entry.error}` : ''})`);
  out.push('', '## What it takes from earlier texts', '');
  if (carried.length === 0) out.push('Nothing: no paragraph has an earlier source.');
  for (const paragraph of carried) {
    out.push(`- ${memoText(paragraphLead(paragraph))}`);
    for (const source of paragraph.sources) out.push(`  - ${memoText(sourceLine(source, naming))}`);
    for (const clause of paragraph.clauses ?? []) out.push(`  - ${memoText(clauseLine(clause, naming))}`);
  }
  out.push('', '## New in it', '');
  if (fresh.length === 0) out.push('Nothing: every paragraph has an earlier source or was not checked.');
  for (const paragraph of fresh) out.push(`- ${memoText(freshLead(paragraph, naming))}`);
  if (unchecked.length > 0) {
    out.push('', '## Not checked', '', 'No source found, but not every earlier document could be searched for these (or they are too short to search):', '');
    for (const paragraph of unchecked) out.push(`- ${memoText(freshLead(paragraph, naming))}`);
  }
  out.push('', '## What it drops', '');
  if (memo.dropped.length === 0) out.push(droppedNone(memo));
  for (const document of memo.dropped) {
    out.push(`### ${memoText(`${dated({ name: naming(document), date: document.date })}, ${percent(document.similarity)} similar`)}`, '');
    if (document.unrelated) {
      out.push(memoText(unrelatedLine(document)), '');
      continue;
    }
    for (const paragraph of document.paragraphs) out.push(`- ${memoText(`${paragraph.routine ? '(routine) ' : ''}${paragraphLead(paragraph)}`)}`);
    out.push('');
  }
  const note = notComparedNote(memo);
  if (note) out.push(...(memo.dropped.length === 0 ? [''] : []), memoText(note));
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The view model of the batch index's memo section (`batch-memo.hbs`): the memo's words as `target.md` says them, with
 * each source's and each dropped paragraph's place a link to its row in the pair report.
 */
export function memoView(memo: TargetMemo) {
  const { carried, fresh, unchecked } = memoSections(memo);
  const lead = (paragraph: TargetMemoParagraph) => ({ place: paragraph.place, quote: paragraphLead(paragraph).slice(paragraph.place.length + 1) });
  return {
    summary: memoSummary(memo),
    others: othersLine(memo),
    documents: listedDocuments(memo).listed.map((document) => ({ name: dated(document), similarity: earlierSimilarity(document), carried: document.carried, dropped: droppedCell(document), report: document.report })),
    carried: carried.map((paragraph) => ({
      ...lead(paragraph),
      sources: paragraph.sources.map((source) => {
        const change = sourceChange(source);
        const dash = change.indexOf(' — ');
        return {
          name: source.name,
          place: source.place,
          href: source.href,
          rest: `${sourceDate(source)}, ${sourceKind(source)}: ${dash === -1 ? change : change.slice(0, dash)}`,
          signals: dash === -1 ? null : change.slice(dash + 3),
          tone: source.tone,
        };
      }),
      clauses: (paragraph.clauses ?? []).map((clause) => clauseLine(clause)),
    })),
    fresh: fresh.map((paragraph) => ({ ...lead(paragraph), closest: closestNote(paragraph.closest, paragraph.searched) })),
    unchecked: unchecked.map((paragraph) => ({ ...lead(paragraph), closest: closestNote(paragraph.closest, paragraph.searched) })),
    dropped: memo.dropped.map((document) => ({
      name: `${dated(document)}, ${percent(document.similarity)} similar`,
      unrelated: document.unrelated ? unrelatedLine(document) : null,
      report: memo.documents.find((earlier) => earlier.id === document.id)?.report ?? null,
      paragraphs: document.paragraphs.map((paragraph) => ({ place: paragraph.place, href: paragraph.href, routine: paragraph.routine, quote: paragraphLead(paragraph).slice(paragraph.place.length + 1) })),
    })),
    droppedNone: memo.dropped.length === 0 ? droppedNone(memo) : null,
    notCompared: notComparedNote(memo),
  };
}
