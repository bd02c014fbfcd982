import type { BatchDocument, Finding, Lineage, LineageParagraph, LineageSource, Paragraph, PairRecord, RedlineResult, TargetMemo, TargetMemoClause, TargetMemoDocument, TargetMemoDropped, TargetMemoEarlier, TargetMemoEdit, TargetMemoParagraph, TargetMemoSource } from '../types.js';
import { digestLine, isHeadingOnly, isNegotiated, placeOf } from '../report/digest-line.js';
import { documentName, UNRELATED_CUT } from '../report/labels.js';
import { CLAUSE_WORDS, clauseWords, longestRun, type ClauseWord } from './clause-runs.js';

export { documentName };

/** What the target memo is built from: a target run's lineage, its earlier documents, its pair records and the reports of the pairs compared in full. */
export interface TargetMemoInput {
  /** The target's lineage (`lineage.json`): its sources, by the pair reports where there are some. */
  lineage: Lineage;
  /** The target (batch.json's document). */
  target: BatchDocument;
  /** The documents that could be its sources: dated before it, or undated (`isEarlier`), in canonical order. */
  earlier: readonly BatchDocument[];
  /** The run's pair records whose newer side is the target. */
  records: readonly PairRecord[];
  /** The results of the pairs compared in full and reported, by the earlier document's id (the target on the right). */
  reports: ReadonlyMap<string, RedlineResult>;
  /** Sources no report's finding covers, their paragraphs compared alone (older, then the target paragraph), by `paragraphPairKey`. */
  paragraphPairs?: ReadonlyMap<string, RedlineResult>;
  /** Documents dated only by a year or month that holds the target's date: neither earlier nor later (`orderUnknown` in `batch/lineage.ts`). */
  orderUnknown?: readonly BatchDocument[];
}

/**
 * The target paragraphs an earlier paragraph was split into, in order, when `source` is a split: those with a `split`
 * source of the same document and paragraphs (the paragraph itself among them); the paragraph alone otherwise. A half
 * is compared with the whole source joined with its sibling halves (trial 21-b D4: 78/16 PP 9, a half of 73/266 PP 12,
 * "drops" the norms clause that went into PP 10, and PP 10 had "reference removed: Charter", which PP 9 has).
 */
export function splitSiblings(lineage: Lineage, paragraph: LineageParagraph, source: LineageSource): LineageParagraph[] {
  if (source.kind !== 'split') return [paragraph];
  const same = (other: LineageSource): boolean => other.kind === 'split' && other.document === source.document && sameParagraphs(other.paragraphs, source.paragraphs);
  const siblings = lineage.paragraphs.filter((other) => other === paragraph || (!other.heading && other.sources.some(same)));
  return siblings.length > 1 ? siblings : [paragraph];
}

/** The key of a source's paragraph pair compared alone: the target paragraph's index and the earlier document's id. */
export function paragraphPairKey(paragraph: number, document: string): string {
  return `${paragraph}\u0000${document}`;
}

/**
 * The target paragraphs a split source went into, in the target's order, this one among them: every paragraph traced to
 * the same earlier paragraphs of the same document as a split. A split's parts are read against their source together
 * (trial 21-b D4: 78/16 PP 9 and PP 10, each half of 73/266 PP 12, were each said to drop what went into the other,
 * "reference removed: Charter of the United Nations" on the half that never had it). Just this paragraph otherwise.
 */
export function splitParts(lineage: Pick<Lineage, 'paragraphs'>, source: Pick<LineageSource, 'document' | 'paragraphs' | 'kind'>, paragraph: number): number[] {
  if (source.kind !== 'split') return [paragraph];
  const same = (other: Pick<LineageSource, 'document' | 'paragraphs' | 'kind'>): boolean => other.kind === 'split' && other.document === source.document && sameParagraphs(other.paragraphs, source.paragraphs);
  const parts = lineage.paragraphs.filter((candidate) => !candidate.heading && (candidate.index === paragraph || candidate.sources.some(same))).map((candidate) => candidate.index);
  return parts.includes(paragraph) ? parts.sort((a, b) => a - b) : [paragraph];
}

/** True when a pair report has a finding that pairs this target paragraph with exactly these earlier paragraphs (what `memoSource` quotes). */
export function reportCovers(result: RedlineResult | undefined, paragraph: number, source: readonly number[]): boolean {
  return reportFinding(result, paragraph, source) !== -1;
}

/** The index of the pair report's finding pairing a target paragraph with the source's paragraphs; -1 when none (or no report). */
function reportFinding(result: RedlineResult | undefined, paragraph: number, source: readonly number[]): number {
  const comparison = result?.comparisons?.[0];
  if (!comparison) return -1;
  return comparison.findings.findIndex((finding: Finding) => (finding.right as readonly number[]).includes(paragraph) && sameParagraphs(finding.left, source));
}

/**
 * The target's memo, the set answer of target mode in one place (trial 15a: "what it takes from each earlier text, what
 * is new, what it drops" had to be rebuilt by hand from N pair reports): per target paragraph its sources with kind,
 * similarity and what the pair report says of the two (the edit, as a digest line with its signals: `¶ 7 → ¶ 6: note
 * → welcome (stronger)`); the paragraphs new in the target; per earlier document compared in full, its paragraphs the
 * target carries nowhere. A document not compared in full (its pair under `--min-similarity`) gives only what the
 * lineage search found in it, and no dropped paragraphs: `documents` says which. Headings (titles, date lines) are left
 * out: they are no position.
 */
export function buildTargetMemo(input: TargetMemoInput): TargetMemo {
  const { lineage, target, reports } = input;
  const byId = new Map(input.earlier.map((document) => [document.id, document]));
  const recordOf = new Map(input.records.filter((record) => record.right === target.id).map((record) => [record.left, record]));
  const named = (id: string): TargetMemoDocument => {
    const document = byId.get(id);
    const symbol = reports.get(id)?.documents?.[0]?.symbol ?? document?.symbol ?? null;
    return { id, name: document ? documentName({ ...document, symbol }) : id, date: document?.date ?? null };
  };
  const paragraphs = lineage.paragraphs
    .filter((paragraph) => !paragraph.heading)
    .map((paragraph) => ({
      index: paragraph.index,
      place: paragraph.label ?? `¶ ${paragraph.index + 1}`,
      text: paragraph.text,
      status: paragraph.status,
      searched: paragraph.searched,
      ...clausesOf(paragraph, input, named),
      sources: paragraph.sources.map((source) => {
        const memoed = memoSource(named(source.document), source, paragraph.index, reports.get(source.document), recordOf.get(source.document));
        const alone = memoed.edit === null ? input.paragraphPairs?.get(paragraphPairKey(paragraph.index, source.document)) : undefined;
        const placeOfTarget = (index: number): string => {
          const part = lineage.paragraphs.find((candidate) => candidate.index === index);
          return part?.label ?? `¶ ${index + 1}`;
        };
        return alone ? withParagraphsCompared(memoed, placeOfTarget(paragraph.index), splitParts(lineage, source, paragraph.index).map(placeOfTarget), alone) : memoed;
      }),
      ...(paragraph.closest
        ? { closest: { ...named(paragraph.closest.document), place: sourcePlace(paragraph.closest, reports.get(paragraph.closest.document)), similarity: paragraph.closest.similarity, ...(paragraph.closest.formula ? { formula: true as const } : {}) } }
        : {}),
    }));
  const dropped: TargetMemoDropped[] = [];
  const documents: TargetMemoEarlier[] = input.earlier.map((document) => {
    const record = recordOf.get(document.id);
    const result = reports.get(document.id);
    const lost = result ? droppedOf(result, record) : null;
    const similarity = record ? (record.estimated ? record.estimate : record.similarity) : 0;
    if (lost && lost.length > 0) dropped.push({ ...named(document.id), similarity, unrelated: similarity < UNRELATED_CUT, paragraphs: lost });
    return {
      ...named(document.id),
      similarity,
      // Compared in full is what the run did (its record), reported or not (trial 16b: the memo said "no earlier
      // document was compared in full" of a run whose header counted 1 compared in full, 9 %, under --min-similarity).
      comparedInFull: result !== undefined || (record !== undefined && !record.estimated && record.error === undefined),
      carried: paragraphs.filter((paragraph) => paragraph.sources.some((source) => source.id === document.id)).length,
      dropped: lost === null ? null : lost.length,
      report: record ? (record.html ?? record.report) : null,
    };
  });
  const order = new Map(documents.map((document, position) => [document.id, position]));
  const closest = (a: TargetMemoEarlier, b: TargetMemoEarlier): number => Number(b.comparedInFull) - Number(a.comparedInFull) || b.similarity - a.similarity || order.get(a.id)! - order.get(b.id)!;
  documents.sort(closest);
  const rank = new Map(documents.map((document, position) => [document.id, position]));
  dropped.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!);
  return {
    target: { id: target.id, name: documentName(target), date: target.date },
    documentsSearched: lineage.documentsSearched,
    ...(lineage.searchedByPhrases ? { searchedByPhrases: lineage.searchedByPhrases } : {}),
    documents,
    notChecked: lineage.notChecked,
    ...(input.orderUnknown && input.orderUnknown.length > 0 ? { orderUnknown: input.orderUnknown.map((document) => ({ id: document.id, name: documentName(document), date: document.date })) } : {}),
    paragraphs,
    dropped,
  };
}

/** Where a pair report's finding is linked: its row in the HTML report, else the JSON report; null without a report. */
function findingHref(record: PairRecord | undefined, finding: number): string | null {
  if (!record) return null;
  if (record.html) return `${record.html}#r-${finding + 1}`;
  return record.report;
}

/** How a finding's earlier wording came in (`TargetMemoEdit`). */
export function editOf(finding: Finding): TargetMemoEdit {
  if (finding.kind === 'unchanged') return 'none';
  if (finding.kind === 'modified' && finding.editorial) return 'editorial';
  if (finding.kind === 'modified' && finding.routine) return 'routine';
  return isNegotiated(finding) ? 'substantive' : 'none';
}

/** The place of a lineage source in its document: its labels (`OP 4 + OP 5`) when each has one, else its positions. */
function sourcePlace(source: Pick<LineageSource, 'paragraphs' | 'labels'>, result: RedlineResult | undefined): string {
  const left = result?.documents?.[0]?.paragraphs;
  if (left) return placeOf(left, source.paragraphs);
  const labels = source.labels ?? [];
  if (labels.length === source.paragraphs.length && labels.every((label) => label)) return labels.join(' + ');
  return `¶ ${source.paragraphs.map((paragraph) => paragraph + 1).join(', ')}`;
}

/** True when a finding's older paragraphs are the source's: the pair report speaks of this source (a source the lineage search found under the pair floor may be another). */
function sameParagraphs(left: readonly number[], source: readonly number[]): boolean {
  return left.length > 0 && left.length === source.length && left.every((paragraph, k) => paragraph === source[k]);
}

/** One lineage source with what the pair report (when the pair has one) says about it and the target paragraph. */
function memoSource(document: TargetMemoDocument, source: LineageSource, paragraph: number, result: RedlineResult | undefined, record: PairRecord | undefined): TargetMemoSource {
  const base = {
    ...document,
    place: sourcePlace(source, result),
    paragraphs: [...source.paragraphs],
    kind: source.kind,
    similarity: source.similarity,
    ...(source.containment !== undefined ? { containment: source.containment } : {}),
  };
  const comparison = result?.comparisons?.[0];
  const index = reportFinding(result, paragraph, source.paragraphs);
  // The same words need no report to say so (as the lineage's `edit`): "same words", not "found by the lineage search".
  if (!result || !comparison || index === -1) return { ...base, edit: source.kind === 'unchanged' ? 'none' : null, moved: false, line: null, signals: [], tone: null, href: null };
  const finding = comparison.findings[index];
  const edit = editOf(finding);
  const href = findingHref(record, index);
  if (edit !== 'substantive') return { ...base, edit, moved: finding.moved, line: null, signals: [], tone: null, href };
  const [left, right] = [result.documents[0].paragraphs, result.documents[1].paragraphs] as [Paragraph[], Paragraph[]];
  const line = digestLine(finding, index, left, right, record ? (record.html ?? record.report) : null);
  return { ...base, edit, moved: finding.moved, line: line.text, signals: line.signals, tone: line.tone, href };
}

/**
 * A source no pair report covers, with what its paragraph pair compared alone says differs (`LineageSource`'s words
 * must not depend on whether the documents got a report: trial 20-a D11): the digest line of the pair's finding, cited
 * by the places in the two documents (`OP 8 → ¶ 1: adds “…”`), its signals and tone. `edit` stays null: no pair report
 * classed it (a paragraph alone has no yearly context to tell a routine succession by). Unchanged when the paragraphs
 * compared alone read the same or are not paired.
 */
function withParagraphsCompared(source: TargetMemoSource, own: string, parts: readonly string[], alone: RedlineResult): TargetMemoSource {
  const findings = alone.comparisons?.[0]?.findings ?? [];
  // A split's parts compared with their source together (`splitParts`): the split's finding, cited at all its parts.
  const whole = parts.length > 1 ? findings.findIndex((finding) => finding.kind === 'split' && finding.right.length === parts.length) : -1;
  const index = whole !== -1 ? whole : findings.findIndex((finding) => finding.kind !== 'new' && finding.kind !== 'dropped' && finding.kind !== 'unchanged' && finding.right.length > 0);
  if (index === -1) return source;
  const targetPlace = whole !== -1 ? parts.join(' + ') : own;
  const [left, right] = [alone.documents[0].paragraphs, alone.documents[1].paragraphs] as [Paragraph[], Paragraph[]];
  const line = digestLine(findings[index], index, left, right, null);
  if (!line.text.startsWith(line.place)) return source;
  // The class of the change too, as a pair report would give it (trial 21-b D11: `edit` was null for every changed source
  // of a statement against strategies or resolutions, which are always under the 30 % of a pair report).
  return { ...source, line: `${source.place} → ${targetPlace}${line.text.slice(line.place.length)}`, signals: line.signals, tone: line.tone, edit: editOf(findings[index]) };
}

export { CLAUSE_WORDS };

/** Similarity within which two sources of a paragraph are equally close: the memo names both (`clausesOf`). */
export const NEAR_TIE = 0.01;

/**
/**
 * The clauses a paragraph adds to its closest source that differs (the most similar, the latest of equals: the wording
 * it was drafted from; sources within `NEAR_TIE` of it named beside it, and a clause one of them has is none), or, for a
 * paragraph with no source, the runs of it that earlier paragraphs have; each with the first earlier paragraph that has
 * it word for word: at least `CLAUSE_WORDS` words and two thirds of the clause (`TargetMemoClause`), in one paragraph
 * or, failing that, in two of one document. The earlier paragraphs are the lineage's (`LineageParagraph.clauses`): every
 * document the lineage searched through the candidate index, not only those the paragraph is traced to (issue 19).
 */
function clausesOf(paragraph: LineageParagraph, input: TargetMemoInput, named: (id: string) => TargetMemoDocument): Pick<TargetMemoParagraph, 'clauses'> {
  const runs = paragraph.clauses ?? [];
  if (paragraph.heading || runs.length === 0) return {};
  const words = clauseWords(paragraph.text);
  const wanted: Array<{ from: number; to: number; alsoWithout?: TargetMemoClause['alsoWithout'] }> = [];
  let without: TargetMemoClause['without'];
  if (paragraph.sources.length > 0) {
    // The closest source that differs: the one the paragraph's wording was drafted from, when not the same text.
    let closest: LineageSource | null = null;
    for (const source of paragraph.sources) if (source.kind !== 'unchanged' && source.kind !== 'partial' && (closest === null || source.similarity >= closest.similarity)) closest = source;
    if (!closest) return {};
    const finding = sourceFinding(paragraph.index, closest, input);
    if (!finding) return {};
    const chosen = closest;
    without = { ...named(chosen.document), place: sourcePlace(chosen, input.reports.get(chosen.document)) };
    // Sources as close as the chosen one, up to `NEAR_TIE` (80/48 OP 8: 79/41 OP 8 at 0.9099, 78/40 OP 8 at 0.9098, sig21):
    // which one lacks the clause is not decided by a ten-thousandth; each is said, or the clause is not new to them all.
    // What a tied source adds is read from its own finding: a clause it does not add is one it has.
    const tied = paragraph.sources
      .filter((source) => source !== chosen && source.kind !== 'unchanged' && source.kind !== 'partial' && chosen.similarity - source.similarity <= NEAR_TIE)
      .flatMap((source) => {
        const its = sourceFinding(paragraph.index, source, input);
        return its ? [{ source, added: addedRuns(its).map((run) => clauseWords(run).map((word) => word.lower)) }] : [];
      });
    for (const added of addedRuns(finding)) {
      const lower = clauseWords(added).map((word) => word.lower);
      const at = wordsAt(words, lower);
      if (at === -1) continue;
      const needed = Math.max(CLAUSE_WORDS, Math.ceil((lower.length * 2) / 3));
      const lacking = tied.filter((other) => other.added.some((run) => longestRun(lower, run).length >= needed));
      if (lacking.length < tied.length) continue;
      const alsoWithout = lacking.map((other) => ({ ...named(other.source.document), place: sourcePlace(other.source, input.reports.get(other.source.document)) }));
      wanted.push({ from: at, to: at + lower.length, ...(alsoWithout.length > 0 ? { alsoWithout } : {}) });
    }
  } else {
    // No source: each run an earlier paragraph has (the oldest first, one inside another left out) is a clause of its own.
    for (const run of runs) if (!wanted.some((clause) => clause.from <= run.from && clause.to >= run.from + run.words)) wanted.push({ from: run.from, to: run.from + run.words });
  }
  const clauses: TargetMemoClause[] = [];
  const text = (from: number, to: number): string => paragraph.text.slice(words[from].from, words[to - 1].to);
  for (const clause of wanted) {
    const needed = Math.max(CLAUSE_WORDS, Math.ceil(((clause.to - clause.from) * 2) / 3));
    const within = runs
      .map((run) => ({ run, from: Math.max(clause.from, run.from), to: Math.min(clause.to, run.from + run.words) }))
      .filter((part) => part.to - part.from >= CLAUSE_WORDS);
    const one = within.find((part) => part.to - part.from >= needed);
    const two = one ? null : spreadOverTwo(within, needed);
    const found = one ? [one] : two;
    if (!found) continue;
    const [first] = found;
    const from = Math.min(...found.map((part) => part.from));
    const to = Math.max(...found.map((part) => part.to));
    const paragraphs = found.map((part) => part.run.paragraphs[0]);
    const labels = found.map((part) => part.run.labels?.[0] ?? null);
    const place = sourcePlace({ paragraphs, labels }, undefined);
    // A paragraph with no source: a longer run whose first two thirds are in a paragraph already said is said there once.
    if (!without && clauses.some((said) => said.id === first.run.document && said.place === place)) continue;
    clauses.push({
      ...named(first.run.document),
      added: text(clause.from, clause.to),
      shared: text(from, to),
      place,
      ...(without ? { without } : {}),
      ...(clause.alsoWithout ? { alsoWithout: clause.alsoWithout } : {}),
    });
  }
  return clauses.length > 0 ? { clauses } : {};
}

/**
 * A clause's words found in two paragraphs of one earlier document (a clause spread over two: its first half closing
 * one, its second opening the next), the oldest document first: two runs of one document that together cover `needed`
 * of its words; null when none do.
 */
function spreadOverTwo<Part extends { run: { document: string; paragraphs: number[] }; from: number; to: number }>(parts: readonly Part[], needed: number): Part[] | null {
  for (const [at, a] of parts.entries()) {
    for (const b of parts.slice(at + 1)) {
      if (b.run.document !== a.run.document || b.run.paragraphs[0] === a.run.paragraphs[0]) continue;
      const [first, second] = a.from <= b.from ? [a, b] : [b, a];
      const covered = first.to - first.from + second.to - Math.max(second.from, first.to);
      if (covered >= needed) return [first, second];
    }
  }
  return null;
}

/** Where a clause's words (lower-cased) stand in a paragraph's, word for word: the first word's index, -1 when not there. */
function wordsAt(words: readonly ClauseWord[], clause: readonly string[]): number {
  if (clause.length === 0) return -1;
  search: for (let start = 0; start + clause.length <= words.length; start++) {
    for (let k = 0; k < clause.length; k++) if (words[start + k].lower !== clause[k]) continue search;
    return start;
  }
  return -1;
}

/** A source's finding: the pair report's when it covers the source, else its paragraphs' compared alone; null without either. */
function sourceFinding(paragraph: number, source: LineageSource, input: TargetMemoInput): Finding | null {
  const result = input.reports.get(source.document);
  const index = reportFinding(result, paragraph, source.paragraphs);
  if (result && index !== -1) return result.comparisons[0].findings[index];
  const findings = input.paragraphPairs?.get(paragraphPairKey(paragraph, source.document))?.comparisons?.[0]?.findings ?? [];
  return findings.find((finding) => finding.kind !== 'new' && finding.kind !== 'dropped' && finding.kind !== 'unchanged' && finding.right.length > 0) ?? null;
}

/** The runs of words a finding adds (its inserts, joined across spaces and punctuation), of at least `CLAUSE_WORDS` words, trimmed of punctuation. */
function addedRuns(finding: Finding): string[] {
  const runs: string[] = [];
  let run = '';
  const flush = (): void => {
    const trimmed = run.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (clauseWords(trimmed).length >= CLAUSE_WORDS && !runs.includes(trimmed)) runs.push(trimmed);
    run = '';
  };
  for (const part of finding.diff) {
    if (part.op === 'insert' || (part.op === 'equal' && run !== '' && !/[\p{L}\p{N}]/u.test(part.text))) run += part.text;
    else flush();
  }
  flush();
  return runs;
}

/** The paragraphs of a pair's older text that the newer (the target) carries nowhere, headings aside. */
function droppedOf(result: RedlineResult, record: PairRecord | undefined): TargetMemoDropped['paragraphs'] {
  const comparison = result.comparisons?.[0];
  if (!comparison) return [];
  const [left, right] = [result.documents[0].paragraphs, result.documents[1].paragraphs];
  return comparison.findings.flatMap((finding, index) =>
    finding.kind !== 'dropped' || isHeadingOnly(finding, left, right)
      ? []
      : [{ paragraphs: [...finding.left], place: placeOf(left, finding.left), text: finding.left.map((paragraph) => left[paragraph].text).join(' '), routine: finding.routine, href: findingHref(record, index) }],
  );
}
