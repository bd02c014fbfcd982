import type { DiffPart, HistoryResult } from '../types.js';
import { HISTORY_TAG_LABELS, cellPlace, changeSteps, historyFactSteps, latestText, positionChanged, positionTags, stepKind, transpositionsLine, versionNameNote, versionSymbol, positionNames, stepSummaries } from './history-labels.js';
import { inline } from './markdown.js';
import { DOCUMENT_NOTES, documentNoteLines, signalGroupLine, signalGroups, titleWithDate, warningText } from './labels.js';

/** Beyond this many versions the Markdown drops the column per version: the timeline says the same in one line. */
const MAX_VERSION_COLUMNS = 8;

/**
 * The history as Markdown for issues and memos: the versions, a table of the positions that changed (their place in
 * each version and their timeline), then each one's steps with their word diffs (~~deleted~~, **inserted**).
 */
export function renderHistoryMarkdown(result: HistoryResult): string {
  const { history } = result;
  const names = history.versions.map((version) => md(version.name));
  const headingNames = positionNames(result);
  const changed = history.positions.map((position, row) => ({ position, row })).filter(({ position }) => positionChanged(position));
  const lines = [`## History: ${md(result.history.title)}`, ''];
  result.documents.forEach((document, index) => {
    const symbol = versionSymbol(result, index);
    lines.push(`${index + 1}. **${names[index]}**${symbol ? ` (${md(symbol)})` : ''} ${md(titleWithDate(document.title, document.date ?? null))}, \`${document.path.replace(/`/g, "'")}\``);
  });
  const note = versionNameNote(result);
  if (note) lines.push('', md(note));
  // A document's own notes (a mojibake repair) once, in Notes at the end; the other warnings under the title (trial 20-b D10).
  const warnings = result.warnings.filter((warning) => !DOCUMENT_NOTES.has(warning.code));
  if (warnings.length) lines.push('', ...warnings.map((warning) => `- **Warning:** ${md(warningText(warning))}`));
  lines.push('', `${history.positions.length} positions, ${changed.length} changed, ${history.positions.filter((p) => p.reinstated).length} reinstated, ${history.transpositions.length} ${history.transpositions.length === 1 ? 'transposition' : 'transpositions'}.`, '');
  if (history.transpositions.length) lines.push(`Moved against the others' order: ${md(transpositionsLine(result, 'markdown'))}.`, '');
  // What each step changed, before the table (trial 17b D14): its counts, then its key changes as `compare` ranks them.
  const summaries = stepSummaries(result);
  if (summaries.length) {
    lines.push('**Key changes by step**', '');
    for (const step of summaries) {
      lines.push(`- **${md(step.heading)}**: ${step.counts}`);
      for (const change of step.keyChanges) lines.push(`  - ${md(change.text)}${change.position === null ? '' : ` (position ${change.position})`}`);
      if (step.more) lines.push(`  - ${step.more}`);
    }
    lines.push('');
  }
  const factSteps = historyFactSteps(result);
  if (factSteps.length) {
    lines.push('**Document facts** (official facts that changed, not paragraph findings):', '');
    for (const step of factSteps) {
      lines.push(`- **${md(step.heading)}**${step.adoptedUnchanged ? ': adopted without textual change' : ''}`);
      for (const fact of step.facts) lines.push(`  - ${fact.label}: ${md(fact.left || '—')} → ${md(fact.right || '—')}`);
    }
    lines.push('');
  }
  if (changed.length === 0) lines.push('No changes: every position is the same in every version.');
  else {
    const columns = history.versions.length <= MAX_VERSION_COLUMNS;
    lines.push(
      `| # | ${columns ? `${names.join(' | ')} | ` : ''}What happened | Timeline |`,
      `|---:|${columns ? names.map(() => '---|').join('') : ''}---|---|`,
      ...changed.map(({ position, row }) => {
        const places = columns ? `${position.cells.map((cell) => md(cellPlace(cell))).join(' | ')} | ` : '';
        const tags = positionTags(position).map((tag) => HISTORY_TAG_LABELS[tag].label).join(', ');
        return `| ${row + 1} | ${places}${tags} | ${md(position.timeline)} |`;
      }),
      '',
    );
    for (const { position, row } of changed) {
      const { version, text } = latestText(result, position);
      // A short heading, the position's number and label ("### 3. OP 5", as the page shows it); the timeline under it
      // (trial 13c: 600-character headings became paragraph-long Heading 3s in Word).
      lines.push(`### ${row + 1}. ${md(headingNames[row])}`, '', md(position.timeline), '', `> ${names[version]}: ${md(text)}`, '');
      for (const { version: to, step } of changeSteps(position)) {
        const signals = [...signalGroups(step.signals).map((group) => ` _${md(signalGroupLine(group))}_`), ...(step.footnoteChanges ?? []).map((note) => ` **${md(note.summary)}**`)].join(';');
        const diff = step.kind === 'new' || step.kind === 'unchanged' ? '' : `: ${step.diff.map(diffPart).join('')}`;
        lines.push(`- **${names[step.from]} → ${names[to]}** ${stepKind(step)}${step.moved ? ', moved' : ''}${signals}${diff}`);
      }
      lines.push('');
    }
  }
  const notes = documentNoteLines(result.warnings);
  if (notes.length) lines.push('### Notes', '', ...notes.map((note) => `- ${md(note)}`), '');
  const options = Object.entries(result.options).map(([name, value]) => `${name}=${String(value)}`).join(' ');
  lines.push(`_${result.tool.name} ${result.tool.version} · ${options}_`);
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n')}\n`;
}

function diffPart(part: DiffPart): string {
  const text = part.text.replace(/\n\n/g, ' ¶ ');
  if (part.op === 'equal') return md(text);
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  if (!core) return md(text);
  const marker = part.op === 'insert' ? '**' : '~~';
  return `${before}${marker}${md(core)}${marker}${after}`;
}

/**
 * Document text and names made inert (`inline`), except an underscore inside a word (`fomc_2019-01-30`): no emphasis in
 * CommonMark, and `fomc\_2019-01-30` pasted into Word with its backslash (a researcher's memo, session 12).
 */
function md(text: string): string {
  return inline(text).replace(/(?<=[\p{L}\p{N}])\\_(?=[\p{L}\p{N}])/gu, '_');
}
