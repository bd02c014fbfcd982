import type { Comparison, Digest, DigestLine, Warning, DigestPair, DigestRoutineNote, DigestSeries, DigestStep, DigestVersion, Finding, Paragraph, Series } from '../types.js';
import { digestLine, isHeadingOnly, isNegotiated, isRoutineHeading, moveLines, placeOf } from '../report/digest-line.js';
import { PANDEMIC_REASON } from '../classify/yearly.js';
import { compareSeries } from '../series/index.js';
import { DOCUMENT_NOTES, draftsWithoutAdopted } from '../report/labels.js';
import { isEditorialPiece } from './editorial-piece.js';
import { isPositionPiece } from './position-piece.js';
import { letterRepairOf, withLettersRestored } from './letter-repair.js';
import { withAnnexTablesFolded } from './annex-tables.js';
import { isRoutineByNotes } from '../footnote-changes.js';
import { memoEntries } from '../report/digest.js';
import { replacementPairs } from '../report/replacements.js';

export { digestLine, isNegotiated } from '../report/digest-line.js';
export { reinstatedOf } from './reinstated.js';
export { digestSince, SINCE_DATE } from './since.js';
export { committeesOf, digestOfCommittees, namesCommittee } from './committee.js';

/**
 * The digest stage: what was negotiated in each series. From the series (their documents in order, drafts, committee,
 * agenda item) and each compared pair's result, one step per pair whose two documents belong to the series, with one
 * line per negotiated finding (`digest-line.ts`) and the technical updates said to be so. Series come out ordered by
 * committee, agenda item and title (`series/series-order.ts`). Renderers receive the `Digest` and never re-derive it.
 */
export function buildDigest(series: readonly Series[], pairs: readonly DigestPair[]): Digest {
  return assembleDigest(series, pairs.map(digestStep));
}

/**
 * The digest from steps already made (`digestStep`, one pair at a time, so a long chain need not hold every pair's
 * result at once): each series gets the steps between two of its documents, in its documents' order, a step from one
 * of its drafts marked `draft`.
 */
export function assembleDigest(series: readonly Series[], steps: readonly MadeStep[]): Digest {
  const notes = documentNotes(steps);
  const digest: Digest = { series: series.map((one) => seriesDigest(one, steps.map(withoutDocumentNotes))).sort(compareSeries) };
  return notes.length > 0 ? { ...digest, notes } : digest;
}

/**
 * The document notes of the steps (`DOCUMENT_NOTES`: a mojibake repair), each document's once, in the order the steps
 * read them: the digest says them in one Notes section, not under every step that reads the document (trial 20-b D10).
 */
function documentNotes(steps: readonly MadeStep[]): Warning[] {
  const said = new Map<string, Warning>();
  for (const step of steps) {
    for (const warning of step.warnings ?? []) {
      if (!DOCUMENT_NOTES.has(warning.code) || warning.file === undefined) continue;
      const key = `${warning.code}\u0000${warning.file}\u0000${warning.message}`;
      if (!said.has(key)) said.set(key, warning);
    }
  }
  return [...said.values()];
}

/** The step without its document notes (said in the digest's Notes). */
function withoutDocumentNotes(step: MadeStep): MadeStep {
  if (!step.warnings?.some((warning) => DOCUMENT_NOTES.has(warning.code) && warning.file !== undefined)) return step;
  const warnings = step.warnings.filter((warning) => !(DOCUMENT_NOTES.has(warning.code) && warning.file !== undefined));
  const { warnings: _all, ...rest } = step;
  return warnings.length > 0 ? { ...rest, warnings } : rest;
}

function seriesDigest(series: Series, steps: readonly MadeStep[]): DigestSeries {
  const position = new Map(series.documents.map((id, index) => [id, index]));
  const drafts = new Set(series.drafts.flatMap((history) => history.drafts));
  const members = steps.filter((step) => position.has(step.older.id) && position.has(step.newer.id));
  // A step that skips unrelated versions comes after the unrelated step into the same version (what the reader reads first).
  const order = (step: MadeStep): [number, number] => [position.get(step.newer.id)!, step.skipping?.length ? Number.MAX_SAFE_INTEGER : position.get(step.older.id)!];
  members.sort((a, b) => order(a)[0] - order(b)[0] || order(a)[1] - order(b)[1]);
  const withoutAdopted = draftsWithoutAdopted(series);
  return {
    id: series.id,
    title: series.title,
    committee: series.committee,
    agendaItem: series.agendaItem,
    // The memo is made from the lines as they stand last, by the function digest.md and digest.docx print with.
    steps: withWarningsOnce(members).map(({ unDocuments: _un, memo: _memo, ...step }) => ({ ...step, step: drafts.has(step.older.id) ? 'draft' : 'version', memo: memoEntries(step.lines) })),
    ...(withoutAdopted.length > 0 ? { draftsWithoutAdopted: withoutAdopted } : {}),
    ...(series.undated ? { undated: series.undated } : {}),
    ...(members.length > 0 && !members.some((step) => step.unDocuments) ? { unDocuments: false as const } : {}),
  };
}

/**
 * The steps with each document's warning said once in the series, at the first step that reads the document: a text
 * is read in the step that ends on it and again in the step that starts from it, and a new user read the same
 * mojibake repair ("repaired 12 garbled characters …") printed under two steps in a row as two problems. A warning
 * names its file; the same code, file and message again is left out (its count stays in the first). A warning without
 * a file (the comparison's own) stays with its step.
 */
function withWarningsOnce(steps: readonly MadeStep[]): MadeStep[] {
  const said = new Set<string>();
  return steps.map((step) => {
    if (!step.warnings) return step;
    const warnings = step.warnings.filter((warning) => {
      if (warning.file === undefined) return true;
      const key = `${warning.code}\u0000${warning.file}\u0000${warning.message}`;
      if (said.has(key)) return false;
      said.add(key);
      return true;
    });
    if (warnings.length === step.warnings.length) return step;
    const { warnings: _all, ...rest } = step;
    return warnings.length > 0 ? { ...rest, warnings } : rest;
  });
}

/**
 * A step as `digestStep` makes it: the digest's step, and whether either of its documents is a UN document (has a UN
 * symbol or resolution number). Negotiation is the UN's vocabulary: a series none of whose steps is between UN
 * documents (FOMC statements, a country's yearly speeches) has substantive changes, not negotiated ones
 * (`DigestSeries.unDocuments`). `assembleDigest` keeps the flag off the steps it writes.
 */
export type MadeStep = DigestStep & { unDocuments: boolean };

/** One pair as a step (a `version` step; `assembleDigest` marks steps from a draft): both versions named, its negotiated lines, its routine and editorial findings counted. */
export function digestStep(pair: DigestPair): MadeStep {
  const comparison = pair.result.comparisons[0];
  const document = (id: string) => pair.result.documents.find((candidate) => candidate.id === id);
  const version = (id: string): DigestVersion => {
    const meta = document(id);
    return { id, name: meta?.symbol ?? meta?.resolution ?? id, date: meta?.date ?? null };
  };
  const left = document(comparison.left)?.paragraphs ?? [];
  const right = document(comparison.right)?.paragraphs ?? [];
  // Two texts that a series put together are not two versions of one: what differs between them was never negotiated.
  const unrelated = pair.unrelated === true;
  // A section heading renumbered with the session's succession (`XVII Seventy-ninth session … → XVI Eightieth session …`)
  // is the yearly succession: counted routine, no line.
  const routineHeadings = unrelated ? 0 : comparison.findings.filter((finding) => isNegotiated(finding) && isRoutineHeading(finding, left, right)).length;
  const found = unrelated ? [] : comparison.findings.flatMap((finding, index) => (isNegotiated(finding) && !isHeadingOnly(finding, left, right) && !isRoutineHeading(finding, left, right) ? [withReinstated(digestLine(finding, index, left, right, pair.report, isEditorialPiece, isPositionPiece), finding, pair.reinstated)] : []));
  // A run of paragraphs moved far in their part, one line at its first paragraph's place in the text's order.
  const moves = unrelated ? [] : moveLines(comparison.findings, left, right, pair.report);
  const placed = [...found, ...moves].sort((a, b) => a.finding - b.finding || (a.kind === 'moved' ? -1 : b.kind === 'moved' ? 1 : 0));
  const joined = unrelated ? found : withReplacementsJoined(placed, closeReplacements(comparison, left, right));
  // A text whose layer lost a letter ("oobs" for "jobs", A/RES/80/135) is quoted with the words the other text shows, marked.
  const repair = unrelated || joined.length === 0 ? null : letterRepairOf(left, right);
  const lines = withAnnexTablesFolded(joined.map((line) => withLettersRestored(line, repair)), comparison.findings, left, right);
  const notes = unrelated ? [] : routineNotes(comparison.findings, left, right, version(comparison.left).name, version(comparison.right).name);
  return {
    step: 'version',
    older: version(comparison.left),
    newer: version(comparison.right),
    similarity: comparison.similarity,
    unrelated,
    // The step's one verdict (`Comparison.technicalUpdate`, src/verdict.ts), as the index and the pair report read it.
    technicalUpdate: !unrelated && (comparison.technicalUpdate ?? lines.length === 0),
    ...(!unrelated && comparison.textChanges?.length ? { textChanges: comparison.textChanges } : {}),
    // Routine dropped and new paragraphs (an event passed) count with the routine rewordings.
    routine: comparison.findings.filter((finding) => finding.routine || isRoutineByNotes(finding)).length + routineHeadings,
    // A split or merge only at its seam is editorial too (classify's `isSeamOnlyRegrouping`).
    editorial: comparison.findings.filter((finding) => finding.editorial && (finding.kind === 'modified' || finding.kind === 'split' || finding.kind === 'merged')).length,
    report: pair.report,
    ...(pair.skipping?.length ? { skipping: pair.skipping } : {}),
    lines,
    memo: memoEntries(lines),
    ...(notes.length > 0 ? { routineNotes: notes } : {}),
    unDocuments: [comparison.left, comparison.right].some((id) => Boolean(document(id)?.symbol || document(id)?.resolution)),
  };
}

/** Least share of its older words a routine pairing across the parts keeps for the digest to call it moved, not replaced. */
const MOVED_SAME_CONTENT = 0.6;

/** The share of the older text's words (lowercased, letters and digits) that the newer text also has. */
function olderWordsKept(older: string, newer: string): number {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const olderWords = words(older);
  if (olderWords.length === 0) return 1;
  const newerWords = new Set(words(newer));
  return olderWords.filter((word) => newerWords.has(word)).length / olderWords.length;
}

/**
 * The routine findings a reader wants named: the COVID-19 references retired, and paragraphs moved between the
 * operative part and the preamble (`movedPart` below). The COVID-19 references retired (a clause on the pandemic dropped or
 * generalized, a pandemic paragraph dropped, a pandemic-era resolution no longer recalled). Routine as drafters label
 * them, yet a reader of the held-out series (session 17) counted three such paragraphs as real changes no line said:
 * one note per step names where they were, not counted among the negotiated lines (the step's counts unchanged).
 * A paragraph kept with its pandemic clause generalized is named in both texts (`OP 5 → OP 6`), so the reader finds the
 * wording that stands for it now (review 18: "OP 2 of A/RES/79/227" alone did not say where it went); a paragraph
 * dropped whole is named `PP 13 (dropped)`.
 */
function routineNotes(findings: readonly Finding[], left: readonly Paragraph[], right: readonly Paragraph[], olderName: string, newerName: string): DigestRoutineNote[] {
  const routine = findings.filter((finding) => finding.routine && !finding.editorial && finding.left.length > 0);
  const placeNow = (finding: Finding): string => {
    const older = placeOf(left, finding.left);
    return finding.right.length > 0 ? `${older} → ${placeOf(right, finding.right)}` : `${older} (dropped)`;
  };
  const note = (what: string, found: readonly Finding[]): DigestRoutineNote[] => {
    if (found.length === 0) return [];
    const places = found.map((finding) => ({ at: Math.min(...finding.left), place: placeNow(finding) })).sort((a, b) => a.at - b.at).map(({ place }) => place);
    const kept = found.some((finding) => finding.right.length > 0);
    return [{ what, places: [...new Set(places)], of: olderName, ...(kept ? { into: newerName } : {}) }];
  };
  const retired = routine.filter((finding) => (finding.reasons ?? []).some((reason) => reason.startsWith(PANDEMIC_REASON)));
  // An operative paragraph the newer text keeps in its preamble (or the reverse) is part of the step even when what it
  // says is routine (review 18, R5: SCP 78/151 → 79/202 OP 14 → PP 16, the Water Conference's midterm review welcomed,
  // now "Welcoming also"): no line said so. Named, not counted as negotiated; a COVID-19 note names its own.
  const crossedPart = (from: string, to: string) => (finding: Finding): boolean =>
    !retired.includes(finding) && finding.right.length > 0 && [finding.left.map((i) => left[i]), finding.right.map((i) => right[i])].every((side, k) => side.every((paragraph) => (paragraph?.label ?? '').startsWith(k === 0 ? from : to)));
  // A move keeps what the paragraph says; a routine pairing of different words across the parts (a decision to convene a
  // meeting, and a new recital welcoming the meeting held, its report and its recommendations) is a replacement: the
  // ammunition step 79/54 → 80/43 read "moved to the preamble — OP 6 → PP 2" at similarity 0.22 (trial 20-a D8).
  // Read as the older words kept, not as similarity: a move may add a clause (SCP 78/151 OP 14 → 79/202 PP 16 kept the
  // Water Conference's midterm review welcomed and added the 2026 Conference, similarity 0.47).
  const sameContent = (finding: Finding): boolean => olderWordsKept(finding.left.map((i) => left[i]?.text ?? '').join(' '), finding.right.map((i) => right[i]?.text ?? '').join(' ')) >= MOVED_SAME_CONTENT;
  const moved = (from: string, to: string) => (finding: Finding): boolean => crossedPart(from, to)(finding) && sameContent(finding);
  const replaced = (from: string, to: string) => (finding: Finding): boolean => crossedPart(from, to)(finding) && !sameContent(finding);
  return [
    ...note('COVID-19 references retired', retired),
    ...note('moved to the preamble', routine.filter(moved('OP ', 'PP '))),
    ...note('moved to the operative part', routine.filter(moved('PP ', 'OP '))),
    ...note('replaced by a new preambular paragraph', routine.filter(replaced('OP ', 'PP '))),
    ...note('replaced by a new operative paragraph', routine.filter(replaced('PP ', 'OP '))),
  ];
}

/**
 * A new paragraph's line said as the series' history says it, when the history finds it reinstated (`DigestPair.reinstated`):
 * `reinstated PP 23 (from A/RES/78/102 PP 22): Recalling also …`, not `new PP 23: …`. Only when every paragraph of the
 * finding was there before.
 */
function withReinstated(line: DigestLine, finding: Finding, reinstated: DigestPair['reinstated']): DigestLine {
  if (finding.kind !== 'new' || !reinstated) return line;
  const sources = finding.right.map((index) => reinstated.get(index));
  const first = sources[0];
  if (!first || sources.some((source) => source === undefined)) return line;
  const from = `from ${first.from}${first.label ? ` ${first.label}` : ''}`;
  const prefix = `new ${line.place}: `;
  // Reworded, it is said against the wording it came back from: its word diff and signals (trial 20-b D4).
  const change = sources.length === 1 ? first.change : undefined;
  const rest = change ? change.text : line.text.slice(prefix.length);
  const text = line.text.startsWith(prefix) ? `reinstated ${line.place} (${from}): ${rest}` : line.text;
  return { ...line, text, ...(change ? { signals: change.signals } : {}), reinstated: { from: first.from, label: first.label } };
}

/**
 * Least similarity (the scorer's, `Comparison.replacements`) of a replacement the digest says as one line: below it the
 * two paragraphs mostly share a field's words, not a subject (ICT 78/132 → 79/194 PP 39 "Recognizing the important role
 * that information and communications technologies can play in protecting the environment" and new PP 40 "Noting with
 * concern that digital divides … artificial intelligence", 7 %), and "in place of" would tell the reader one became the
 * other. Of the 50 replacements of the 144-pair chain (session 17), the 24 from 20 % up were mostly one paragraph's
 * successor (the WSIS review looked forward to, 28 %; the Digital Economy Report's next edition, 25 %), the 26 below
 * mostly not (a debt paragraph in place of a credit-rating one, 11 %).
 */
const JOINED_REPLACEMENT_AT_LEAST = 0.2;

/** The replacements of a pair (`replacementPairs`) whose two paragraphs are close enough to say as one line (`JOINED_REPLACEMENT_AT_LEAST`). */
function closeReplacements(comparison: Comparison, left: readonly Paragraph[], right: readonly Paragraph[]): Array<{ dropped: number; added: number }> {
  const scored = new Map((comparison.replacements ?? []).map((replacement) => [`${replacement.left.join(',')}|${replacement.right.join(',')}`, replacement.similarity]));
  return replacementPairs(comparison, left, right).filter(({ dropped, added }) => (scored.get(`${comparison.findings[dropped].left.join(',')}|${comparison.findings[added].right.join(',')}`) ?? 0) >= JOINED_REPLACEMENT_AT_LEAST);
}

/**
 * A new paragraph that stands in a dropped one's place (`replacementPairs`, the pair report's "New, in place of dropped
 * older OP 55") said as one line with it: `new OP 61, in place of dropped OP 55: Looks forward, in accordance with … —
 * was: Looks forward to the comprehensive review …`. Said as two lines, "dropped OP 55" and "new OP 61", a Bureau note
 * reported the WSIS review's look-forward as dropped where the newer text expanded it (ICT 78/132 → 79/194, trial 17-a
 * D9). Only when both are negotiated lines: a dropped paragraph counted routine (an event passed) has no line to join.
 * The joined line stands where the new one stood, with both lines' signals, once each.
 */
function withReplacementsJoined(lines: readonly DigestLine[], pairs: ReadonlyArray<{ dropped: number; added: number }>): DigestLine[] {
  const byFinding = new Map(lines.map((line) => [line.finding, line]));
  const joined = new Map<number, DigestLine>();
  const gone = new Set<number>();
  for (const { dropped, added } of pairs) {
    const [older, newer] = [byFinding.get(dropped), byFinding.get(added)];
    if (!older || !newer || older.kind !== 'dropped' || newer.kind !== 'new' || newer.reinstated) continue;
    const [newPrefix, droppedPrefix] = [`new ${newer.place}: `, `dropped ${older.place}: `];
    if (!newer.text.startsWith(newPrefix) || !older.text.startsWith(droppedPrefix)) continue;
    const text = `new ${newer.place}, in place of dropped ${older.place}: ${newer.text.slice(newPrefix.length)} — was: ${older.text.slice(droppedPrefix.length)}`;
    const signals = [...newer.signals, ...older.signals.filter((signal) => !newer.signals.includes(signal))];
    joined.set(added, { ...newer, text, changes: [...newer.changes, `was: ${older.text.slice(droppedPrefix.length)}`], signals, tone: newer.tone === older.tone ? newer.tone : null, replaces: older.place });
    gone.add(dropped);
  }
  return lines.filter((line) => !gone.has(line.finding)).map((line) => joined.get(line.finding) ?? line);
}
