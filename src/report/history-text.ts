import type { DiffPart, HistoryResult } from '../types.js';
import { cellPlace, changeSteps, historyFactSteps, type HistoryTag, latestText, positionChanged, positionTags, stepKind, transpositionsLine, versionNameNote, versionSymbol, positionNames, stepSummaries } from './history-labels.js';
import { DOCUMENT_NOTES, documentNoteLines, signalGroupLine, signalGroups, warningText, type SignalTone } from './labels.js';
import { inertText, inlineDiff } from './text.js';

/** How the terminal history looks. */
export interface HistoryTextOptions {
  /** ANSI colours (the CLI turns them on for a terminal unless NO_COLOR is set). */
  color: boolean;
  /** Also list positions that never changed. */
  showUnchanged?: boolean;
}

const ANSI = { red: '\x1b[31m', green: '\x1b[32m', yellow: '\x1b[33m', bold: '\x1b[1m', dim: '\x1b[2m', reset: '\x1b[0m' } as const;
const TONE_COLORS: Readonly<Record<SignalTone, keyof typeof ANSI>> = { weaker: 'red', stronger: 'green', neutral: 'yellow' };

/**
 * The history for a terminal: the versions, the counts, then each position that changed with its timeline, its place in
 * each version, and each step's word diff (`[-deleted-]{+inserted+}`).
 */
export function renderHistoryText(result: HistoryResult, options: HistoryTextOptions): string {
  const paint = (style: keyof typeof ANSI, text: string): string => (options.color ? `${ANSI[style]}${text}${ANSI.reset}` : text);
  const { history } = result;
  const names = history.versions.map((version) => inertText(version.name));
  const lines = [paint('bold', `redline ${result.tool.version} · history of ${history.versions.length} versions`)];
  result.documents.forEach((document, index) => {
    const symbol = versionSymbol(result, index);
    lines.push(`  ${String(index + 1).padStart(3)}. ${names[index]}${symbol ? ` (${inertText(symbol)})` : ''}  ${inertText(document.title)}${document.date ? ` (${document.date})` : ''}  ${paint('dim', inertText(document.path))}`);
  });
  const note = versionNameNote(result);
  if (note) lines.push(`  ${paint('dim', inertText(note))}`);
  const changed = history.positions.filter(positionChanged);
  const count = (tag: HistoryTag): number => history.positions.filter((position) => positionTags(position).includes(tag)).length;
  lines.push(
    `  positions ${history.positions.length} · changed ${changed.length} · new ${count('new')} · dropped ${count('dropped')} · reinstated ${count('reinstated')} · transpositions ${history.transpositions.length}`,
  );
  if (history.transpositions.length) lines.push(`  moved against the others' order: ${inertText(transpositionsLine(result, 'text'))}`);
  // What each step changed, before the positions (trial 17b D14): its counts, then its key changes as `compare` ranks them.
  const summaries = stepSummaries(result);
  if (summaries.length) {
    lines.push(paint('bold', '  key changes by step:'));
    for (const step of summaries) {
      lines.push(`    ${paint('bold', inertText(step.heading))}: ${step.counts}`);
      for (const change of step.keyChanges) {
        const text = `      ${change.position === null ? '' : `#${change.position} `}${inertText(change.text)}`;
        lines.push(change.tone ? paint(change.tone === 'weaker' ? 'red' : 'green', text) : text);
      }
      if (step.more) lines.push(`      ${step.more}`);
    }
  }
  // Official facts that changed from one version to the next (draft → adopted, dates, session), as compare lists them.
  const factSteps = historyFactSteps(result);
  if (factSteps.length) {
    lines.push('  document facts:');
    for (const step of factSteps) {
      lines.push(`    ${inertText(step.heading)}${step.adoptedUnchanged ? ': adopted without textual change' : ''}`);
      for (const fact of step.facts) lines.push(`      ${fact.label.toLowerCase()}: ${inertText(fact.left || '—')} → ${inertText(fact.right || '—')}`);
    }
  }
  lines.push('');
  const headingNames = positionNames(result);
  for (const [row, position] of history.positions.entries()) {
    if (!options.showUnchanged && !positionChanged(position)) continue;
    const tags = positionTags(position).join(', ');
    const { version, text } = latestText(result, position);
    // The position's number and label as a heading (the page's "6 ¶ 3"), its timeline a line under it.
    lines.push(`${paint('bold', `#${row + 1} ${inertText(headingNames[row])}`)} [${tags}]`);
    lines.push(`  ${inertText(position.timeline)}`);
    lines.push(`  ${position.cells.map((cell, version) => `${names[version]} ${inertText(cellPlace(cell))}`).join(' | ')}`);
    lines.push(`  ${paint('dim', `${names[version]}:`)} ${inertText(text.replace(/\n\n/g, ' ¶ '))}`);
    for (const { version: to, step } of changeSteps(position)) {
      const similarity = step.kind === 'new' ? '' : `  similarity ${step.similarity.toFixed(2)}`;
      lines.push(`  ${paint('bold', `${names[step.from]} → ${names[to]}`)}: ${stepKind(step)}${step.moved ? ', moved' : ''}${similarity}`);
      for (const group of signalGroups(step.signals)) lines.push(`    ${paint(TONE_COLORS[group.tone], inertText(signalGroupLine(group)))}`);
      for (const note of step.footnoteChanges ?? []) lines.push(`    ${paint('bold', inertText(note.summary))}`);
      if (step.kind !== 'unchanged' && step.kind !== 'new') lines.push(`    ${inlineDiff(step.diff, paint)}`);
    }
    lines.push('');
  }
  if (changed.length === 0) lines.push('  No changes: every position is the same in every version.', '');
  for (const warning of result.warnings.filter((warning) => !DOCUMENT_NOTES.has(warning.code))) lines.push(paint('yellow', `warning: ${inertText(warningText(warning))}`));
  for (const note of documentNoteLines(result.warnings)) lines.push(paint('dim', `note: ${inertText(note)}`));
  return lines.join('\n').replace(/\n+$/, '') + '\n';
}

