import type { TargetMemo, TargetMemoDropped, TargetMemoClosest, TargetMemoEarlier, TargetMemoParagraph, TargetMemoSource } from '../types.js';
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
  return document.date ? `${document.name} (${document.date})` : document.name;
}

/** The memo's title: `What Joint Statement … takes from its field`. */
export function memoTitle(memo: TargetMemo): string {
  return `${memo.target.name}: what it takes from earlier texts, what is new, what it drops`;
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
  const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `${dated(memo.target)}, against ${count(memo.documentsSearched, 'earlier document')} searched: ${count(memo.paragraphs.length, 'paragraph')} (headings aside), ${carried.length} carried from earlier texts, ${fresh.length} new${unchecked.length > 0 ? `, ${unchecked.length} not checked` : ''}.`,
    full.length === 0
      ? 'No earlier document was compared with it in full, so what it drops is not known (lower --min-similarity to compare more).'
      : !memo.documents.some((document) => document.dropped !== null)
      ? `${count(full.length, 'earlier document')} ${full.length === 1 ? 'was' : 'were'} compared with it in full, under --min-similarity: no pair report, so what it drops is not known (lower --min-similarity to write ${full.length === 1 ? 'it' : 'them'}).`
      : droppedSentence(memo),
  ];
  if (memo.notChecked.length > 0) parts.push(`${count(memo.notChecked.length, 'possible source')} could not be searched.`);
  return parts.join(' ');
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

/** An unrelated document's line under "What it drops": its paragraphs are not listed as positions dropped. */
export function unrelatedLine(document: TargetMemoDropped): string {
  return `The texts look unrelated (${percent(document.similarity)} similar): the ${document.paragraphs.length} paragraphs of it that the target does not carry are not listed as positions dropped (its pair report lists them).`;
}

/** An earlier document's similarity as shown: the engine's measure when compared in full, else `≈` the estimate. */
export function earlierSimilarity(document: TargetMemoEarlier): string {
  return `${document.comparedInFull ? '' : '≈'}${percent(document.similarity)}`;
}

/** One earlier document in a line: `A/RES/78/16 (2023-12-04), 3% similar: gives 0 paragraphs, 12 of its paragraphs dropped`. */
export function earlierLine(document: TargetMemoEarlier): string {
  const gives = `gives ${document.carried} ${document.carried === 1 ? 'paragraph' : 'paragraphs'}`;
  const drops =
    document.dropped !== null
      ? `${document.dropped} of its paragraphs carried nowhere`
      : document.comparedInFull
      ? 'compared in full, no pair report (under --min-similarity): what it drops is not known'
      : 'not compared in full (under --min-similarity): what it drops is not known';
  return `${dated(document)}, ${earlierSimilarity(document)} similar: ${gives}; ${drops}`;
}

/** What the pair report says of a source's edit: `unchanged`, `editorial only`, `note → welcome (stronger) — commitment …`. */
export function sourceChange(source: TargetMemoSource): string {
  const moved = source.moved ? ', moved' : '';
  switch (source.edit) {
    case null:
      return 'found by the lineage search (the pair has no report)';
    case 'none':
      return `${source.kind === 'unchanged' ? 'same words' : 'words unchanged'}${moved}`;
    case 'editorial':
      return `editorial only${moved}`;
    case 'routine':
      return `routine only (the yearly succession)${moved}`;
    case 'substantive': {
      const line = source.line ?? '';
      const colon = line.indexOf(': ');
      const words = colon === -1 ? line : line.slice(colon + 2);
      const tone = source.tone !== null && !words.includes(`(${source.tone})`) ? ` (${source.tone})` : '';
      return `${words}${tone}${moved}${source.signals.length > 0 ? ` — ${source.signals.join('; ')}` : ''}`;
    }
  }
}

/** A source in a line: `Draft Joint Statement … ¶ 7 (2024-10-25), modified 98%: note → welcome (stronger) — …`. */
export function sourceLine(source: TargetMemoSource): string {
  return `${source.name} ${source.place}${source.date ? ` (${source.date})` : ''}, ${sourceKind(source)}: ${sourceChange(source)}`;
}

/**
 * A source's kind and similarity as a line says them: `modified 98%`; a `partial` source with the share of the
 * target paragraph's wording found in it: `partial (45% of its wording there), 40% similar`.
 */
export function sourceKind(source: { kind: TargetMemoSource['kind']; similarity: number; containment?: number }): string {
  if (source.kind === 'partial') return `partial (${percent(source.containment ?? 0)} of its wording there), ${percent(source.similarity)} similar`;
  return `${source.kind} ${percent(source.similarity)}`;
}

/** A paragraph without a source, as its line opens, with its closest candidate under the floor: `¶ 7 “…” — closest: A/RES/78/16 PP 11, 26% (under the floor)`. */
export function freshLead(paragraph: TargetMemoParagraph): string {
  const near = paragraph.closest;
  return `${paragraphLead(paragraph)}${near ? ` — ${closestNote(near)}` : ''}`;
}

/** The closest candidate of a paragraph without a source: `closest: A/RES/78/16 PP 11 (2023-12-04), 26% (under the floor)`. */
export function closestNote(near: TargetMemoClosest): string {
  return `closest: ${near.name} ${near.place}${near.date ? ` (${near.date})` : ''}, ${percent(near.similarity)} (under the floor)`;
}

/** A target paragraph as its line opens: `¶ 6 “We welcome the decision reached …”`. */
export function paragraphLead(paragraph: { place: string; text: string }): string {
  return `${paragraph.place} “${cutText(paragraph.text, QUOTE)}”`;
}

/** The documents not compared in full, said once: their dropped paragraphs are not known. */
export function notComparedNote(memo: TargetMemo): string | null {
  const left = memo.documents.filter((document) => !document.comparedInFull);
  const unreported = memo.documents.filter((document) => document.comparedInFull && document.dropped === null);
  const parts = [
    ...(left.length > 0 ? [`Not compared in full (their pairs are under --min-similarity), so what the target drops of them is not known: ${left.map(dated).join('; ')}.`] : []),
    ...(unreported.length > 0 ? [`Compared in full, but under --min-similarity (no pair report), so what the target drops of them is not known: ${unreported.map(dated).join('; ')}.`] : []),
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
  const out = [`# ${memoText(memoTitle(memo))}`, '', memoText(memoSummary(memo)), '', '## Earlier documents, the closest first', ''];
  if (memo.documents.length === 0) out.push('None: no corpus document is dated before the target.');
  for (const document of memo.documents) out.push(`- ${memoText(earlierLine(document))}`);
  for (const entry of memo.notChecked) out.push(`- ${memoText(entry.document)}: not searched (${entry.reason}${entry.error ? `: ${entry.error}` : ''})`);
  out.push('', '## What it takes from earlier texts', '');
  if (carried.length === 0) out.push('Nothing: no paragraph has an earlier source.');
  for (const paragraph of carried) {
    out.push(`- ${memoText(paragraphLead(paragraph))}`);
    for (const source of paragraph.sources) out.push(`  - ${memoText(sourceLine(source))}`);
  }
  out.push('', '## New in it', '');
  if (fresh.length === 0) out.push('Nothing: every paragraph has an earlier source or was not checked.');
  for (const paragraph of fresh) out.push(`- ${memoText(freshLead(paragraph))}`);
  if (unchecked.length > 0) {
    out.push('', '## Not checked', '', 'No source found, but not every earlier document could be searched for these (or they are too short to search):', '');
    for (const paragraph of unchecked) out.push(`- ${memoText(freshLead(paragraph))}`);
  }
  out.push('', '## What it drops', '');
  if (memo.dropped.length === 0) out.push(memo.documents.some((document) => document.dropped !== null) ? 'Nothing: it carries every paragraph of the documents compared with it in full.' : 'Not known: no pair with an earlier document has a report.');
  for (const document of memo.dropped) {
    out.push(`### ${memoText(`${dated(document)}, ${percent(document.similarity)} similar`)}`, '');
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
    documents: memo.documents.map((document) => ({ name: dated(document), similarity: earlierSimilarity(document), carried: document.carried, dropped: document.dropped === null ? (document.comparedInFull ? 'no report' : 'not compared') : String(document.dropped), report: document.report })),
    carried: carried.map((paragraph) => ({
      ...lead(paragraph),
      sources: paragraph.sources.map((source) => {
        const change = sourceChange(source);
        const dash = change.indexOf(' — ');
        return {
          name: source.name,
          place: source.place,
          href: source.href,
          rest: `${source.date ? ` (${source.date})` : ''}, ${sourceKind(source)}: ${dash === -1 ? change : change.slice(0, dash)}`,
          signals: dash === -1 ? null : change.slice(dash + 3),
          tone: source.tone,
        };
      }),
    })),
    fresh: fresh.map((paragraph) => ({ ...lead(paragraph), closest: paragraph.closest ? closestNote(paragraph.closest) : null })),
    unchecked: unchecked.map((paragraph) => ({ ...lead(paragraph), closest: paragraph.closest ? closestNote(paragraph.closest) : null })),
    dropped: memo.dropped.map((document) => ({
      name: `${dated(document)}, ${percent(document.similarity)} similar`,
      unrelated: document.unrelated ? unrelatedLine(document) : null,
      report: memo.documents.find((earlier) => earlier.id === document.id)?.report ?? null,
      paragraphs: document.paragraphs.map((paragraph) => ({ place: paragraph.place, href: paragraph.href, routine: paragraph.routine, quote: paragraphLead(paragraph).slice(paragraph.place.length + 1) })),
    })),
    droppedNone: memo.dropped.length === 0 ? (memo.documents.some((document) => document.dropped !== null) ? 'Nothing: it carries every paragraph of the documents compared with it in full.' : 'Not known: no pair with an earlier document has a report.') : null,
    notCompared: notComparedNote(memo),
  };
}
