import type { Comparison, DiffPart, Finding, Paragraph, RedlineResult, Signal } from '../types.js';
import { FINDING_KINDS } from '../types.js';
import { changedFacts, isChange, renumberedRuns, unitsNoun, warningText, pairSummary, relatedPhrase, numberedPlace, relationNote, signalGroups, signalTone, unpairedSide, unrelatedAbsence, type SignalTone } from './labels.js';
import { firstKeyChanges, moreKeyChanges } from './key-changes.js';
import { lineWithSignals } from './digest-line.js';
import { replacementsByNew } from './replacements.js';

/** How the terminal summary looks. */
export interface TextOptions {
  /** ANSI colours (the CLI turns them on for a TTY unless NO_COLOR is set). */
  color: boolean;
  /** Also list unchanged paragraphs. */
  showUnchanged?: boolean;
}

/** The colour of a signal's line by its tone. */
const SIGNAL_COLORS: Readonly<Record<SignalTone, 'red' | 'green' | 'yellow'>> = { weaker: 'red', stronger: 'green', neutral: 'yellow' };

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', cyan: '\x1b[36m', bold: '\x1b[1m', dim: '\x1b[2m', strike: '\x1b[9m', underline: '\x1b[4m', reset: '\x1b[0m' };

/**
 * Document text made inert on a terminal: control characters (C0 but line feed and tab, DEL, C1) become visible
 * Control Pictures or `\u{…}`, so a text carrying `ESC ]…` or `ESC [2J` cannot retitle, clear or rewrite the
 * user's terminal. The bidirectional controls that set a direction over a run of text (U+202A–202E embeddings and
 * overrides, U+2066–2069 isolates) become `\u{…}` too: a right-to-left override, in a document or made by the mojibake
 * repair from `â€®`, would show the rest of the line reversed, so the diff would read as something the text does not
 * say. The zero-width marks (U+200E, U+200F, U+061C) are kept: they only lean the neutral characters beside them, and
 * real texts carry them (an LRM in the US DoD cyber strategy of 2015, in ../shared/data).
 * Applied to everything that comes from a document (titles, paths, texts, diffs, warnings).
 */
export function inertText(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␛ for ESC
    if (code === 0x7f) return '\u2421'; // ␡
    return `\\u{${code.toString(16)}}`;
  });
}

/** A readable terminal summary: the documents, the scores, counts per kind, then each change with both texts and the word diff. */
export function renderText(result: RedlineResult, options: TextOptions): string {
  const paint = (style: keyof typeof ANSI, text: string): string => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const documents = new Map(result.documents.map((document) => [document.id, document]));
  const lines: string[] = [];
  for (const comparison of result.comparisons) {
    const left = documents.get(comparison.left)!;
    const right = documents.get(comparison.right)!;
    lines.push(paint('bold', `redline ${result.tool.version}`));
    lines.push(`  left  (older): ${documentName(left)}  ${paint('dim', inertText(left.path))}`);
    lines.push(`  right (newer): ${documentName(right)}  ${paint('dim', inertText(right.path))}`);
    const relation = relationNote(comparison);
    if (relation) lines.push(paint('bold', `  ${relation}`));
    // The changes that matter first, ranked; every change is listed in full further down.
    const absent = unrelatedAbsence(comparison);
    if (absent) lines.push(`  ${absent}`);
    const key = absent ? { shown: [], total: 0 } : firstKeyChanges(comparison, left.paragraphs, right.paragraphs);
    if (key.total > 0 || (!absent && comparison.textChanges?.length)) {
      lines.push(paint('bold', '  key changes:'));
      for (const { line } of key.shown) {
        const text = `    ${inertText(lineWithSignals(line))}`;
        lines.push(line.tone ? paint(line.tone === 'weaker' ? 'red' : 'green', text) : text);
      }
      const more = moreKeyChanges(key.total);
      if (more) lines.push(`    ${more} (below)`);
      // The changes to the text nothing negotiated (a paragraph split, a note, the title) are key changes of a record too (trial 21-a D8).
      for (const change of comparison.textChanges ?? []) lines.push(`    ${inertText(change)}`);
    }
    lines.push(
      `  similarity ${percent(comparison.similarity)} · coverage ${percent(comparison.coverage)} · ${left.paragraphs.length} → ${right.paragraphs.length} ${unitsNoun(result.options.unit)}${closingLinesCount(left, right)}`,
    );
    lines.push('  ' + summaryLine(comparison));
    // Which paragraphs were renumbered, in runs: the count alone left a legal officer without OP 5 ↔ OP 4 (trial 14b).
    const renumbered = renumberedRuns(comparison, left.paragraphs, right.paragraphs);
    if (renumbered.length) lines.push(`  renumbered: ${inertText(renumbered.join(', '))}`);
    const signals = absent ? null : pairSummary(comparison);
    if (signals) lines.push(`  ${paint('bold', signals)}`);
    // Official facts that changed (draft → adopted, dates, session): facts about the documents, not paragraph findings.
    const facts = changedFacts(left, right);
    if (facts.length) {
      lines.push('  document facts:');
      for (const fact of facts) lines.push(`    ${fact.label.toLowerCase()}: ${fact.left || '—'} → ${fact.right || '—'}`);
    }
    lines.push('');
    const replacements = replacementsByNew(comparison, left.paragraphs, right.paragraphs);
    for (const [index, finding] of comparison.findings.entries()) {
      // Renumbering alone is not a change: counted in the summary, listed only with --show-unchanged.
      if (!isChange(finding) && !options.showUnchanged) continue;
      const replacement = replacements.get(index);
      const inPlaceOf = replacement ? { finding: comparison.findings[replacement.dropped], similarity: replacement.similarity } : null;
      for (const line of findingLines(finding, left.paragraphs, right.paragraphs, paint, inPlaceOf)) lines.push(line);
      lines.push('');
    }
    if (!comparison.findings.some(isChange) && !comparison.textChanges?.length) lines.push('  No changes: every paragraph is unchanged.', '');
    // Partial reuse: one line per related link, after the findings it annotates.
    for (const link of comparison.related) {
      const side = unpairedSide(comparison, link);
      const where = side === 'left' ? `left ${paragraphRef(left.paragraphs, link.left)}, dropped:` : `right ${paragraphRef(right.paragraphs, link.right)}, new:`;
      lines.push(`${paint('bold', '[related]')} ${where} ${relatedPhrase(link, side, true, (side === 'left' ? right : left).paragraphs)}`);
    }
    if (comparison.related.length) lines.push('');
  }
  for (const warning of result.warnings) lines.push(paint('yellow', `warning: ${inertText(warningText(warning))}`));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

/**
 * A document as the summary's first lines name it: its symbol first where it has one (`A/C.1/80/L.9/Rev.1 · The Arms
 * Trade Treaty (2025-10-08)`), since a draft and its revision share title and date and are cited by symbol.
 */
function documentName(document: RedlineResult['documents'][number]): string {
  const title = `${inertText(document.title)}${document.date ? ` (${inertText(document.date)})` : ''}`;
  return document.symbol ? `${inertText(document.symbol)} · ${title}` : title;
}

/** "unchanged 15 · modified 2 (1 editorial, 1 routine) · split 1 · …" */
/**
 * The closing lines set aside from both counts (` · 2 → 2 closing lines not compared`), so that "5 → 5 paragraphs" of two
 * 7-paragraph FOMC statements reads as what the report shows (trial 20-b D15); empty when neither text has any.
 */
function closingLinesCount(left: RedlineResult['documents'][number], right: RedlineResult['documents'][number]): string {
  const [older, newer] = [left.trailer?.length ?? 0, right.trailer?.length ?? 0];
  if (older === 0 && newer === 0) return '';
  return ` · ${older} → ${newer} closing ${newer === 1 && older <= 1 ? 'line' : 'lines'} not compared`;
}

export function summaryLine(comparison: Comparison): string {
  // Each kind with its editorial and routine findings counted (a new or dropped paragraph can be routine: an event passed).
  const parts = FINDING_KINDS.map((kind) => {
    const count = comparison.summary[kind];
    const ofKind = comparison.findings.filter((finding) => finding.kind === kind);
    const editorial = ofKind.filter((finding) => finding.editorial).length;
    const routine = ofKind.filter((finding) => finding.routine).length;
    const detail = [editorial ? `${editorial} editorial` : '', routine ? `${routine} routine` : ''].filter(Boolean).join(', ');
    return detail ? `${kind} ${count} (${detail})` : `${kind} ${count}`;
  });
  parts.push(`moved ${comparison.summary.moved}`, `renumbered ${comparison.summary.renumbered}`);
  return parts.join(' · ');
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

/** "OP 5" in a resolution (the label negotiators cite), "¶ 5" or "¶ 10–11" as a result names other texts' paragraphs, else "¶12 (11.)": 1-based position with the document's own number. */
function paragraphRef(paragraphs: Paragraph[], indices: number[]): string {
  const numbered = numberedPlace(indices.map((index) => paragraphs[index].label));
  if (numbered !== null) return numbered;
  return indices
    .map((index) => {
      const { number, label } = paragraphs[index];
      if (label) return inertText(label);
      return number ? `¶${index + 1} (${inertText(number)})` : `¶${index + 1}`;
    })
    .join('+');
}

/**
 * A finding's lines. A new paragraph shown in a dropped one's place (a replacement, `replacementPairs`) names it and
 * gives their similarity, as every aligned pair's line gives its own.
 */
function findingLines(finding: Finding, left: Paragraph[], right: Paragraph[], paint: (style: keyof typeof ANSI, text: string) => string, inPlaceOf: { finding: Finding; similarity: number | null } | null = null): string[] {
  const label = finding.kind === 'modified' ? `modified, ${finding.editorial ? 'editorial' : finding.routine ? 'routine' : 'substantive'}` : finding.routine ? `${finding.kind}, routine` : finding.kind;
  const flags = [finding.moved ? 'moved' : '', finding.renumbered ? 'renumbered' : '', finding.footnoteChanges?.length ? 'footnote changed' : ''].filter(Boolean).join(', ');
  const where =
    finding.kind === 'new' ? `right ${paragraphRef(right, finding.right)}` : finding.kind === 'dropped' ? `left ${paragraphRef(left, finding.left)}` : `${paragraphRef(left, finding.left)} → ${paragraphRef(right, finding.right)}`;
  const replaced = inPlaceOf ? `, in place of dropped left ${paragraphRef(left, inPlaceOf.finding.left)}` : '';
  const similarity = inPlaceOf ? inPlaceOf.similarity : finding.kind === 'new' || finding.kind === 'dropped' ? null : finding.similarity;
  const score = similarity === null ? '' : `  similarity ${similarity.toFixed(2)}`;
  const out = [`${paint('bold', `[${label}${flags ? `; ${flags}` : ''}]`)} ${where}${replaced}${score}`];
  if (finding.change) out.push(`  ${paint('bold', `the change: ${inertText(finding.change.before) || '∅'} → ${inertText(finding.change.after) || '∅'}`)}`);
  for (const reason of finding.reasons ?? []) out.push(`  ${paint('dim', `${finding.change ? 'the rest' : 'why'}: ${inertText(reason)}`)}`);
  for (const group of signalGroups(finding.signals)) out.push(`  ${paint(SIGNAL_COLORS[group.tone], inertText(group.signals.length > 1 ? group.text : group.signals[0].summary))}`);
  if (finding.kind === 'new') out.push(`  ${paint('green', '+ ' + joinTexts(right, finding.right))}`);
  else if (finding.kind === 'dropped') out.push(`  ${paint('red', '- ' + joinTexts(left, finding.left))}`);
  else if (finding.kind === 'unchanged') out.push(`  ${paint('dim', '= ' + joinTexts(right, finding.right))}`);
  else out.push(`  ${inlineDiff(finding.diff, paint)}`);
  // The paragraph's footnotes under it (the older ones for a dropped paragraph): a changed note with its word diff.
  const changed = new Map((finding.footnoteChanges ?? []).map((note) => [note.rightMark ?? `older ${note.leftMark}`, note]));
  const notes = finding.kind === 'dropped' ? finding.left.flatMap((index) => left[index]?.footnotes ?? []) : finding.right.flatMap((index) => right[index]?.footnotes ?? []);
  for (const note of notes) {
    const change = changed.get(note.mark);
    if (change) out.push(`  ${paint('bold', inertText(change.summary))}`, `    ${inlineDiff(change.diff, paint)}`);
    else out.push(`  ${paint('dim', `footnote ${inertText(note.mark)}: ${inertText(note.text)}`)}`);
  }
  for (const change of finding.footnoteChanges ?? []) if (change.change === 'removed') out.push(`  ${paint('bold', inertText(change.summary))}`);
  return out;
}

function joinTexts(paragraphs: Paragraph[], indices: number[]): string {
  return indices.map((index) => inertText(paragraphs[index].text)).join(' ¶ ');
}

/**
 * `[-deleted-]{+inserted+}` as wdiff writes it, coloured on a terminal (the history's text output writes its steps so
 * too). Where the text itself holds a bracket or a brace, each of the diff's `[`, `]`, `{`, `}` and `\` from the text is
 * written with a backslash (`\[legally binding\]`), so `[-`, `-]`, `{+`, `+}` are only ever redline's markers: a draft's
 * "[legally binding] instrument" read `[-[legally-]{+legal+} binding[-] instrument on -]` (session 13); it reads
 * `[-\[legally-]{+legal+} binding[-\] instrument on -]`.
 */
export function inlineDiff(parts: readonly DiffPart[], paint: (style: 'red' | 'green', text: string) => string): string {
  const escape = parts.some((part) => /[[\]{}]/.test(part.text));
  return parts
    .map((part) => {
      const own = escape ? part.text.replace(/[[\]{}\\]/g, (char) => `\\${char}`) : part.text;
      const text = inertText(own.replace(/\n\n/g, ' ¶ '));
      if (part.op === 'equal') return text;
      return part.op === 'delete' ? paint('red', `[-${text}-]`) : paint('green', `{+${text}+}`);
    })
    .join('');
}
