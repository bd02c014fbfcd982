import type { Digest, DigestLine, DigestMemoLine, DigestRoutineNote, DigestSeries, DigestStep } from '../types.js';
import { inertText } from './text.js';
import { adoptedMissingPhrase, documentNoteLines, memoWarningText } from './labels.js';
import { lineParts, lineWithSignals, runLabel } from './digest-line.js';

/**
 * The digest's renderers: `digest.json` (byte-stable), `digest.md` (pastes into a Word memo as it is: a heading per
 * series, a line per step, a bullet per negotiated change; no HTML, no tables, no links: link syntax pasted into Word
 * reads as brackets and paths, so the links to the rows are in the index and in `digest.docx`) and the view model of the batch
 * index's digest section (`templates/batch/partials/batch-digest.hbs`). Each renders the `Digest` as given.
 */

/** `digest.json`: two-space indented, keys in the contract's order, a final newline; the same digest gives the same bytes. */
export function renderDigestJson(digest: Digest): string {
  return JSON.stringify(digest, null, 2) + '\n';
}

/**
 * Document text in a Markdown line: the characters Markdown would act on escaped (so a `*` or `<b` in a resolution
 * stays a character, never emphasis or HTML), and only those, so the memo pastes with few backslashes: `_` inside a
 * word (`fomc_2019`), `<` before a space or digit and a bracket that opens no link are plain in CommonMark. Control characters are shown as Control
 * Pictures, line breaks made spaces.
 */
export function memoText(text: string): string {
  const escaped = text
    .replace(/\s*\n\s*/g, ' ')
    .replace(/[\\`*]/g, '\\$&')
    // A bracket is a link only as `[text](…)`, `[text][…]` or `[text]:`: only the `]` that opens such a tail is escaped,
    // so a draft's "[To be determined]" pastes as written.
    .replace(/\](?=[([:])/g, '\\]')
    .replace(/_/g, (underscore, at: number, whole: string) => (/[\p{L}\p{N}]/u.test(whole[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[at + 1] ?? '') ? underscore : '\\_'))
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
  return inertText(escaped);
}

/** `First Committee · agenda item 99 (b)`, or null when the series states neither. */
export function seriesFacts(series: Pick<DigestSeries, 'committee' | 'agendaItem'>): string | null {
  const facts = [series.committee, series.agendaItem === null ? null : `agenda item ${series.agendaItem}`].filter((fact): fact is string => fact !== null);
  return facts.length > 0 ? facts.join(' · ') : null;
}

/**
 * The digest's vocabulary, decided here alone from the digest stage's data (`DigestSeries.unDocuments`): UN series
 * were negotiated ("What was negotiated", "3 negotiated changes", "the label negotiators cite"); a series of other
 * texts (FOMC statements) changed ("What changed", "3 substantive changes", no negotiators). The digest as a whole
 * speaks of negotiation only when every series is of UN documents.
 */
export interface DigestWording {
  /** True: the UN's vocabulary of negotiation. */
  negotiated: boolean;
  /** The digest's (or series') title: `What was negotiated` or `What changed`. */
  title: string;
  /** The adjective of a change: `negotiated` or `substantive`. */
  changes: string;
}

/** The wording of a series, or of a whole digest (negotiated only when every series is). */
export function digestWording(of: Digest | DigestSeries): DigestWording {
  const negotiated = 'series' in of ? of.series.every((series) => series.unDocuments !== false) : of.unDocuments !== false;
  return negotiated ? { negotiated, title: 'What was negotiated', changes: 'negotiated' } : { negotiated, title: 'What changed', changes: 'substantive' };
}

/** `A/RES/79/50 → A/RES/80/24`, with `(draft)` when the older one is a draft revised or adopted in the newer. */
export function stepTitle(step: DigestStep): string {
  const skipped = step.skipping?.length ? ` (skipping ${step.skipping.join(', ')}, unrelated)` : '';
  return `${step.older.name} → ${step.newer.name}${step.step === 'draft' ? ' (draft)' : ''}${skipped}`;
}

/**
 * What a step amounts to: `technical update: 7 routine and 5 editorial` or `3 negotiated changes; also 7 routine and 5
 * editorial`. The routine and editorial findings are counted beside the negotiated changes, not inside them: a new
 * user read `7 negotiated changes (5 routine, 9 editorial)` as a breakdown, where nine cannot sit inside seven.
 * `asMemo`: the step is listed by `memoLines`, which folds runs of new or dropped paragraphs, so the count says how many
 * lines carry the changes (`56 negotiated changes in 27 lines`): a desk officer counted 27 lines under "56 changes".
 */
export function stepVerdict(step: DigestStep, asMemo = false, wording: DigestWording = digestWording({ series: [] })): string {
  if (step.unrelated) return `unrelated? ${Math.round(step.similarity * 100)} % similar: two texts rather than two versions of one (check the series), no change listed`;
  const counts = [step.routine ? `${step.routine} routine` : '', step.editorial ? `${step.editorial} editorial` : ''].filter(Boolean).join(' and ');
  // A draft adopted as it stood is said as the history and the pair's facts say it (trial 15b: "(draft): no change" here,
  // "adopted without textual change" there); an adopted resolution's symbol is `…/RES/…`.
  // "Adopted without textual change" and "no change" only where every paragraph, note and the title are equal (trial
  // 21-a D1–D3: a title, a note or a paragraph's place revised at adoption was said so); those changes are named.
  const text = step.textChanges?.length ? `changed in the text: ${textChangesNamed(step.textChanges)}` : '';
  if (step.technicalUpdate) {
    if (step.routine + step.editorial > 0) return `technical update: ${counts}${text ? `; ${text}` : ''}`;
    if (text) return `${step.textChanges?.length === 1 ? '1 change' : `${step.textChanges?.length} changes`} in the text, none negotiated: ${textChangesNamed(step.textChanges ?? [])}`;
    return step.step === 'draft' && /\/RES\//.test(step.newer.name) ? 'adopted without textual change' : 'no change';
  }
  if (step.lines.length === 0 && text) return `${step.textChanges?.length === 1 ? '1 change' : `${step.textChanges?.length} changes`} in the text: ${textChangesNamed(step.textChanges ?? [])}${counts ? `; also ${counts}` : ''}`;
  const head = `${step.lines.length} ${wording.changes} ${step.lines.length === 1 ? 'change' : 'changes'}${foldedInto(step, asMemo)}`;
  const also = [counts, text].filter(Boolean).join('; ');
  return also ? `${head}; also ${also}` : head;
}

/** Most changes in the text a step's verdict names; the rest are counted. */
const TEXT_CHANGES_NAMED = 6;

/** `title changed: “…” → “…”; OP 11, footnote 9 changed: adds annex`, the rest counted. */
function textChangesNamed(changes: readonly string[]): string {
  const more = changes.length - TEXT_CHANGES_NAMED;
  return `${changes.slice(0, TEXT_CHANGES_NAMED).join('; ')}${more > 0 ? `; and ${more} more` : ''}`;
}

/** ` in 27 lines` where the memo folds a step's lines into fewer, else nothing. */
function foldedInto(step: DigestStep, asMemo: boolean): string {
  if (!asMemo) return '';
  const shown = memoLines(step.lines).length;
  return shown < step.lines.length ? ` in ${shown} ${shown === 1 ? 'line' : 'lines'}` : '';
}

/** Steps in all, steps with negotiated changes, and steps flagged unrelated (neither negotiated nor a technical update). */
function stepCounts(digest: Digest): { steps: number; negotiated: number; unrelated: number } {
  const steps = digest.series.flatMap((series) => series.steps);
  const unrelated = steps.filter((step) => step.unrelated).length;
  return { steps: steps.length, negotiated: steps.filter((step) => !step.technicalUpdate && !step.unrelated).length, unrelated };
}

/** The digest in one sentence: `70 series, 144 steps: 105 with negotiated changes, 28 without (…), 11 unrelated? (…).` */
export function digestSummary(digest: Digest): string {
  const { steps, negotiated, unrelated } = stepCounts(digest);
  return `${digest.series.length} series, ${steps} ${steps === 1 ? 'step' : 'steps'}: ${negotiated} with ${digestWording(digest).changes} changes, ${steps - negotiated - unrelated} without (technical updates and unchanged texts)${unrelated ? `, ${unrelated} unrelated? (two texts in one series, no change listed)` : ''}.`;
}

/**
 * A step's routine note as every renderer prints it: `Routine: COVID-19 references retired — PP 12 (dropped), OP 5 → OP 6
 * of A/RES/78/136 → A/RES/79/196` (each kept paragraph's place in both texts, the texts named in that order).
 */
export function routineNoteText(note: DigestRoutineNote): string {
  return `Routine: ${note.what} — ${note.places.join(', ')} of ${note.of}${note.into ? ` → ${note.into}` : ''}`;
}

/**
 * What a digest restricted by date left out, in a sentence (`Digest.since`), or null for a whole digest: `Only the steps
 * to a text dated 2025-09-09 or later (--since 2025-09-09): 12 earlier steps left out.` Said under the summary, so a memo
 * pasted from it never reads as the series' whole history.
 */
export function sinceNote(digest: Digest): string | null {
  if (!digest.since) return null;
  const { date, stepsLeftOut, undated, seriesLeftOut } = digest.since;
  const steps = `${stepsLeftOut} earlier ${stepsLeftOut === 1 ? 'step' : 'steps'}${undated ? ` (${undated} to an undated text)` : ''}`;
  const series = seriesLeftOut ? ` and ${seriesLeftOut} series with no later step` : '';
  // A date that keeps no step says so, with the newest text's date (trial 19a D13: "0 series, 0 steps" and nothing else).
  if (digest.series.length === 0 && (digest.committees?.seriesLeftOut ?? 0) === 0) return `No step reaches a text dated ${date} or later (--since ${date}): ${digest.since.newest === null ? 'no text is dated' : `the newest text is dated ${digest.since.newest}`}; ${steps}${series} left out.`;
  return `Only the steps to a text dated ${date} or later (--since ${date}): ${steps}${series} left out.`;
}

/**
 * The inputs a chain left out as copies of another (`Digest.duplicates`), in a sentence, or null when none: `1 duplicate
 * input ignored: A_RES_78_48.txt (same text as A_RES_78_48.pdf, kept: the PDF (the document as published)).` Said under
 * the summary, so a reader who counts the documents given knows why one has no step.
 */
export function duplicatesNote(digest: Digest): string | null {
  const duplicates = digest.duplicates ?? [];
  if (duplicates.length === 0) return null;
  const each = duplicates.map((duplicate) => `${duplicate.dropped} (same text as ${duplicate.kept}, kept: ${duplicate.reason})`);
  return `${duplicates.length} duplicate ${duplicates.length === 1 ? 'input' : 'inputs'} ignored: ${each.join('; ')}.`;
}

/**
 * What a digest restricted to some committees left out (`Digest.committees`), in a sentence, or null for every series:
 * `Only the series of the Second Committee and the Third Committee (--committee Second,Third): 45 series left out.`
 * Said under the summary, as `sinceNote` is, so a memo pasted from it never reads as the whole session.
 */
export function committeeNote(digest: Digest): string | null {
  if (!digest.committees) return null;
  const { names, seriesLeftOut } = digest.committees;
  const named = names.map((name) => (name === 'Plenary' ? 'the plenary' : `the ${name}`));
  const listed = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}` : (named[0] ?? 'no committee');
  const typed = names.map((name) => name.replace(/ Committee$/, '')).join(',');
  return `Only the series of ${listed} (--committee ${typed}): ${seriesLeftOut} ${seriesLeftOut === 1 ? 'series' : 'series'} of other committees left out.`;
}

/** `Second` for `Second Committee`, `Plenary` as it is: the committee column of the digest's contents. */
export function committeeShort(committee: string | null): string {
  return committee === null ? '' : committee.replace(/ Committee$/, '');
}

/** From this many new (or dropped) paragraphs in a row, a memo gets one line for the run, not one per paragraph. */
export const MEMO_RUN = 4;

/** From this many new operative paragraphs in a row (a rewrite), a memo says the run in one line of their openings. */
export const NEW_OPERATIVE_FOLD = 12;

/** Words of a paragraph's opening that carry its verb and object in a run's line. */
const OPENING_WORDS = 7;

/** A paragraph's first `OPENING_WORDS` words, `…` when it goes on: `Welcomes the cooperation of the new Syrian …`. */
function openingWords(text: string): string {
  const words = text.replace(/\s*…$/, '').split(/\s+/).filter((word) => word !== '');
  // A chapeau's colon, a paragraph's closing semicolon: the run's line separates its paragraphs with its own "; ".
  return words.length > OPENING_WORDS ? `${words.slice(0, OPENING_WORDS).join(' ')} …` : words.join(' ').replace(/[:;,.]$/, '');
}

/**
 * A step's changes as a memo lists them: each line with its signals (`lineWithSignals`), except that a run of at least
 * `MEMO_RUN` new (or dropped) paragraphs in a row is one line: "dropped PP 5 to PP 32 (28 paragraphs), the first:
 * Recalling …". A desk officer's reading of the tax convention's rewrite found 28 "dropped PP" lines in a row, where a
 * memo says it once; `digest.json` and the index keep every line, each linked to its row.
 */
export function memoLines(lines: readonly DigestLine[]): string[] {
  return memoEntries(lines).map((entry) => entry.text);
}

/**
 * `memoLines` with where each line links: the row of its finding in the pair report (`pairs/…html#r-29`, relative to
 * the batch folder; a folded run links its first row), or null when the pair has no report. `digest.docx` links each
 * line's place there.
 */
export function memoEntries(lines: readonly DigestLine[]): DigestMemoLine[] {
  const out: DigestMemoLine[] = [];
  const throughout = throughoutGroups(lines);
  for (let start = 0; start < lines.length; ) {
    const group = throughout.get(start);
    if (group !== undefined) {
      if (group.lines[0] === start) out.push(group);
      start++;
      continue;
    }
    const kind = lines[start].kind;
    let end = start + 1;
    // A run is paragraphs next to each other in the text: consecutive findings (no unchanged or routine paragraph
    // between) of one part (PP or OP), else the fold hid changes among them ("new PP 16 to OP 10" spanned 12 places).
    const part = (line: DigestLine): string => line.place.replace(/\s*\d.*$/, '');
    if (kind === 'new' || kind === 'dropped') {
      // A reinstated paragraph is said alone: the run's label would call it new.
      // So is a replacement (`DigestLine.replaces`): the run's first quote would drop the paragraph it stands in place of.
      const alone = (line: DigestLine): boolean => line.reinstated !== undefined || line.replaces !== undefined;
      while (end < lines.length && !throughout.has(end) && lines[end].kind === kind && lines[end].finding === lines[end - 1].finding + 1 && part(lines[end]) === part(lines[start]) && !alone(lines[end]) && !alone(lines[start])) end++;
    }
    if (kind === 'new' && part(lines[start]) === 'OP' && end - start >= MEMO_RUN && end - start < NEW_OPERATIVE_FOLD) {
      // New operative paragraphs are what the step decided: each its own line (trial 20-a D4: "new OP 6 to OP 11 (6
      // paragraphs), the first: Recognizes …" hid the chemical weapons resolution's four other new paragraphs of 80/34).
      for (let k = start; k < end; k++) out.push({ text: lineWithSignals(lines[k]), href: lines[k].href, first: k, count: 1 });
    } else if (kind === 'new' && part(lines[start]) === 'OP' && end - start >= MEMO_RUN) {
      // A rewrite's long run of new operative paragraphs is one line, each paragraph said by its opening words (its verb
      // and object), not the first alone.
      const openings = lines.slice(start, end).map((line) => `${line.place} ${openingWords(line.text.slice(line.text.indexOf(': ') + 2))}`);
      out.push({ text: `${kind} ${runLabel(lines.slice(start, end).map((line) => line.place))} (${end - start} paragraphs): ${openings.join('; ')}`, href: lines[start].href, first: start, count: end - start });
    } else if (end - start >= MEMO_RUN) {
      const first = lines[start];
      const quote = first.text.slice(first.text.indexOf(': ') + 2);
      out.push({ text: `${kind} ${runLabel(lines.slice(start, end).map((line) => line.place))} (${end - start} paragraphs), the first: ${quote}`, href: first.href, first: start, count: end - start });
    } else {
      for (let k = start; k < end; k++) out.push({ text: lineWithSignals(lines[k]), href: lines[k].href, first: k, count: 1 });
    }
    start = end;
  }
  return out;
}

/** From this many paragraphs of a step whose one change is the same term replaced, the memo says it once (`throughoutGroups`). */
export const THROUGHOUT_LEAST = 3;

/** Words a term replaced throughout is said with when one side of it is empty (`access → universal access`): not these. */
const LINKING_WORDS = new Set('a an the and or of to in on at by for with from as that its their this these those'.split(' '));

/**
 * A reworded paragraph's line whose one change is one replacement (`OP 7: people → persons`, `PP 22 → PP 21: …
 * ensuring access to affordable → … ensuring universal access to affordable`): both sides' words, and how many words
 * they share at the opening and at the close (the kept words shown around the change). Null for any other line: a
 * clause added or dropped, several changes, a split, a merge, a move between parts.
 */
function soleReplacement(line: DigestLine): { older: string[]; newer: string[]; front: number; back: number } | null {
  if (line.kind !== 'modified' || !line.text.startsWith(`${line.place}: `)) return null;
  let said = line.text.slice(line.place.length + 2);
  if (line.tone !== null) said = said.replace(new RegExp(` \\(${line.tone}\\)$`), '');
  said = said.replace(/ \((?:twice|\d+ times)\)$/, '');
  const sides = said.split(' → ');
  if (sides.length !== 2 || said.includes('; ') || said.includes('“') || /^(?:moved|becomes|no longer|spacing) /.test(said)) return null;
  const [older, newer] = sides.map((side) => side.replace(/^…\s*/, '').replace(/\s*…$/, '').split(' ').filter((word) => word !== ''));
  let front = 0;
  while (front < older.length && front < newer.length && older[front] === newer[front]) front++;
  let back = 0;
  while (back < older.length - front && back < newer.length - front && older[older.length - 1 - back] === newer[newer.length - 1 - back]) back++;
  return { older, newer, front, back };
}

/**
 * The lines of a step whose one change is the same term replaced, in `THROUGHOUT_LEAST` paragraphs or more, each group
 * as one memo line under every index it carries: `throughout (3 paragraphs: PP 21, OP 7, OP 28): access → universal
 * access`. A desk officer pastes one line for a term a text replaced throughout (`people → persons`), not one per
 * paragraph; `digest.json` keeps every line, each linked to its row, and the pair report is unchanged. The term is said
 * as the lines say it, with the kept word every line shows beside it when one side is empty (`access → universal
 * access`); the lines must agree on the term, the tone and the signals.
 */
function throughoutGroups(lines: readonly DigestLine[]): Map<number, DigestMemoLine & { lines: number[] }> {
  const byTerm = new Map<string, number[]>();
  const replacements = lines.map(soleReplacement);
  replacements.forEach((replacement, index) => {
    if (replacement === null) return;
    const { older, newer, front, back } = replacement;
    const term = `${older.slice(front, older.length - back).join(' ')} → ${newer.slice(front, newer.length - back).join(' ')}`;
    const key = `${term}\u0000${lines[index].tone}\u0000${lines[index].signals.join('; ')}`;
    byTerm.set(key, [...(byTerm.get(key) ?? []), index]);
  });
  const groups = new Map<number, DigestMemoLine & { lines: number[] }>();
  for (const indices of byTerm.values()) {
    // Said "throughout" only when the older wording stands nowhere else in the newer text (review 17 T1).
    if (indices.length < THROUGHOUT_LEAST || indices.some((index) => lines[index].olderWordingRemains === true)) continue;
    const said = throughoutTerm(indices.map((index) => replacements[index]!));
    if (said === null) continue;
    const first = lines[indices[0]];
    const places = indices.map((index) => lines[index].place.split(' → ').pop() ?? lines[index].place);
    const text = lineWithSignals({ ...first, text: `throughout (${indices.length} paragraphs: ${places.join(', ')}): ${said}${first.tone ? ` (${first.tone})` : ''}` });
    const entry = { text, href: first.href, first: indices[0], count: indices.length, lines: indices };
    for (const index of indices) groups.set(index, entry);
  }
  return groups;
}

/**
 * The term replaced as one line says it for all: its two sides when each holds a word (`people → persons`); else the
 * side with the words every line keeps next to it, after it first (`access → universal access`), else before it. Null
 * when the lines keep no word in common beside it.
 */
function throughoutTerm(replacements: ReadonlyArray<{ older: string[]; newer: string[]; front: number; back: number }>): string | null {
  const [{ older, newer, front, back }] = replacements;
  const [olderTerm, newerTerm] = [older.slice(front, older.length - back), newer.slice(front, newer.length - back)];
  const worded = (words: readonly string[]): boolean => words.some((word) => /[\p{L}\p{N}]/u.test(word) && !LINKING_WORDS.has(word.toLowerCase()));
  if (worded(olderTerm) && worded(newerTerm)) return `${olderTerm.join(' ')} → ${newerTerm.join(' ')}`;
  // The kept words right after the term in every line, up to the first that is not a linking word.
  const after: string[] = [];
  for (let k = 0; ; k++) {
    const word = older[older.length - back + k];
    if (word === undefined || !replacements.every((one) => one.older[one.older.length - one.back + k] === word)) break;
    after.push(word);
    if (!LINKING_WORDS.has(word.toLowerCase())) break;
  }
  if (after.length > 0 && worded(after)) return `${[...olderTerm, ...after].join(' ')} → ${[...newerTerm, ...after].join(' ')}`;
  const before: string[] = [];
  for (let k = 1; ; k++) {
    const word = older[front - k];
    if (word === undefined || !replacements.every((one) => one.older[one.front - k] === word)) break;
    before.unshift(word);
    if (!LINKING_WORDS.has(word.toLowerCase())) break;
  }
  if (before.length > 0 && worded(before)) return `${[...before, ...olderTerm].join(' ')} → ${[...before, ...newerTerm].join(' ')}`;
  return null;
}

/**
 * What a series lacks, in a sentence, or null: `No compared pair: the adopted text of draft A/80/L.6 is not in the
 * corpus.` (a new user read a bare "No compared pair." under the Cuba embargo's one draft), `The adopted text of draft
 * … is not in the corpus.` beside steps, `No compared pair.` for a series of one text.
 */
export function seriesGapNote(series: DigestSeries): string | null {
  const undated = undatedNote(series);
  const missing = series.draftsWithoutAdopted ?? [];
  if (missing.length === 0) return series.steps.length === 0 ? joinNotes('No compared pair.', undated) : undated;
  const phrase = adoptedMissingPhrase(missing, series.inputsNotRead);
  return joinNotes(series.steps.length === 0 ? `No compared pair: ${phrase}.` : `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}.`, undated);
}

function joinNotes(first: string, second: string | null): string {
  return second === null ? first : `${first} ${second}`;
}

/**
 * `2 documents without a date: ordered by file name.` — a series whose texts say no date (no front matter, date line or
 * closing note) is chained in file-name order, which a reader must not take for the order of issue (trial 20-b D5).
 */
export function undatedNote(series: DigestSeries): string | null {
  const undated = series.undated ?? 0;
  if (undated === 0) return null;
  return `${undated} ${undated === 1 ? 'document' : 'documents'} without a date: ordered by file name${undated === series.steps.length + 1 ? '' : ', after the dated ones'}.`;
}

/**
 * Past this many lines (a step's line and each of its changes), a series' steps fold under a summary in the index: the
 * FOMC statements' one series ran to 1,460 lines of digest.md, which the index put before its chart. `digest.md`,
 * `digest.docx` and `digest.json` stay whole.
 */
export const DIGEST_FOLD_LINES = 60;

/** `218 steps, 829 substantive changes: show them` for a series whose lines would pass `DIGEST_FOLD_LINES`, else null. */
function foldNote(series: DigestSeries): string | null {
  const changes = series.steps.reduce((total, step) => total + step.lines.length, 0);
  if (series.steps.length + changes <= DIGEST_FOLD_LINES) return null;
  return `${series.steps.length} steps, ${changes} ${digestWording(series).changes} ${changes === 1 ? 'change' : 'changes'}: show them`;
}

/** `digest.md`: what was negotiated (or what changed: `digestWording`), series by series, as plain Markdown. */
export function renderDigestMarkdown(digest: Digest): string {
  const out = [`# ${digestWording(digest).title}`, '', digestSummary(digest)];
  const since = sinceNote(digest);
  if (since) out.push('', memoText(since));
  const copies = duplicatesNote(digest);
  if (copies) out.push('', memoText(copies));
  const committees = committeeNote(digest);
  if (committees) out.push('', memoText(committees));
  for (const series of digest.series) {
    out.push('', `## ${memoText(series.title)}`);
    const facts = seriesFacts(series);
    if (facts) out.push('', memoText(facts));
    const gap = seriesGapNote(series);
    if (gap) out.push('', memoText(gap));
    const history = seriesHistoryNote(series);
    if (history) out.push('', memoText(history));
    for (const step of series.steps) {
      out.push('', `${memoText(stepTitle(step))}: ${memoText(stepVerdict(step, true, digestWording(series)))}`);
      for (const warning of step.warnings ?? []) out.push('', `Warning: ${memoText(memoWarningText(warning))}`);
      if (step.lines.length > 0) out.push('', ...memoLines(step.lines).map((line) => `- ${memoText(line)}`));
      for (const note of step.routineNotes ?? []) out.push('', memoText(routineNoteText(note)));
    }
  }
  const notes = digestNotes(digest);
  if (notes.length > 0) out.push('', '## Notes', '', ...notes.map((note) => `- ${memoText(note)}`));
  return out.join('\n') + '\n';
}

/**
 * The digest's Notes: what was said of its documents' own text once per document (a mojibake repair:
 * `DOCUMENT_NOTES`), after the series, not under each step (trial 20-b D10).
 */
export function digestNotes(digest: Digest): string[] {
  return documentNoteLines(digest.notes ?? []);
}

/**
 * Where to read a series whose steps are too unlike to list changes: `5 of 9 steps are unrelated? (no change listed):
 * the series' history follows each paragraph across the versions (366 positions, 12 reinstated): series/ungdc-cub.html`.
 * Null when the series has no such pointer.
 */
export function seriesHistoryNote(series: DigestSeries): string | null {
  if (!series.history) return null;
  const unrelated = series.steps.filter((step) => step.unrelated).length;
  const { path, positions, reinstated } = series.history;
  return `${unrelated} of ${series.steps.length} ${series.steps.length === 1 ? 'step is' : 'steps are'} unrelated? (no change listed): the series' history follows each paragraph across the versions (${positions} positions, ${reinstated} reinstated): ${path}`;
}

/**
 * The view model of the batch index's digest section: per series its heading and facts, per step its title, verdict
 * and report link, per negotiated change its line and where it links (the row of the pair report).
 */
export function digestView(digest: Digest) {
  const { steps, negotiated, unrelated } = stepCounts(digest);
  const wording = digestWording(digest);
  return {
    title: wording.title,
    changes: wording.changes,
    since: sinceNote(digest),
    duplicates: duplicatesNote(digest),
    committees: committeeNote(digest),
    notes: digestNotes(digest),
    seriesCount: digest.series.length,
    stepCount: steps,
    negotiated,
    unnegotiated: steps - negotiated - unrelated,
    unrelated,
    series: digest.series.map((series, index) => ({
      anchor: `digest-${index + 1}`,
      title: series.title,
      facts: seriesFacts(series),
      gap: seriesGapNote(series),
      history: seriesHistoryNote(series),
      fold: foldNote(series),
      steps: series.steps.map((step) => ({
        title: stepTitle(step),
        dates: step.older.date && step.newer.date ? `${step.older.date} → ${step.newer.date}` : null,
        verdict: stepVerdict(step, false, digestWording(series)),
        technicalUpdate: step.technicalUpdate,
        unrelated: step.unrelated,
        report: step.report,
        lines: step.lines.map((line) => ({ ...lineParts(line), signals: line.signals.join('; '), tone: line.tone, href: line.href })),
        warnings: (step.warnings ?? []).map(memoWarningText),
        routineNotes: (step.routineNotes ?? []).map(routineNoteText),
      })),
    })),
  };
}
