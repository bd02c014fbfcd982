import type { Comparison, DiffPart, Finding, RedlineResult } from '../types.js';
import {
  ROW_TAGS,
  TAG_LABELS,
  comparedDocuments,
  countTags,
  isChange,
  kindTag,
  pairSummary,
  noKeyChangeSentence,
  percent,
  changedFacts,
  relationNote,
  signalGroups,
  placeLabel,
  placeRef,
  relatedPhrase,
  unpairedSide,
  renumberedRuns,
  warningText,
  unrelatedAbsence,
  type ResultDocument,
} from './labels.js';
import { inertText } from './text.js';
import { firstKeyChanges, moreKeyChanges } from './key-changes.js';
import { lineWithSignals } from './digest-line.js';
import { replacementsByNew } from './replacements.js';

/** Render every comparison of a result as Markdown for issues and memos: a summary and a table of changes. */
export function renderMarkdown(result: RedlineResult): string {
  const sections = result.comparisons.map((comparison, index) => comparisonMarkdown(result, comparison, index === 0 ? result.warnings : []));
  const options = Object.entries(result.options)
    .map(([name, value]) => `${name}=${String(value)}`)
    .join(' ');
  const footer = `_${result.tool.name} ${result.tool.version} · ${options}_`;
  return `${[...sections, footer].join('\n\n')}\n`;
}

function comparisonMarkdown(result: RedlineResult, comparison: Comparison, warnings: RedlineResult['warnings']): string {
  const { left, right } = comparedDocuments(result, comparison);
  const counts = countTags(comparison.findings);
  const kinds = ROW_TAGS.filter((tag) => counts[tag] > 0)
    .map((tag) => `${TAG_LABELS[tag].label} ${counts[tag]}`)
    .join(' · ');
  const changes = comparison.findings.filter(isChange);
  const lines = [
    `## Redline: ${inline(right.title)}`,
    '',
    `- **Older:** ${documentLine(left)}`,
    `- **Newer:** ${documentLine(right)}`,
    ...(relationNote(comparison) ? [`- **${relationNote(comparison)}**`] : []),
    // Under the documents, before anything read from them: a draft's tracked changes shown as its text say so here.
    ...warnings.map((warning) => `- **Warning:** ${inline(warningText(warning))}`),
    ...keyChangeLines(comparison, left, right),
    `- **Similarity** ${percent(comparison.similarity)} · **coverage** ${percent(comparison.coverage)} · ${kinds}`,
  ];
  const renumbered = renumberedRuns(comparison, left.paragraphs, right.paragraphs);
  if (renumbered.length) lines.push(`- **Renumbered:** ${inline(renumbered.join(', '))}`);
  const signals = unrelatedAbsence(comparison) ? null : pairSummary(comparison);
  if (signals) lines.push(`- **Signals:** ${inline(signals)}`);
  lines.push('');
  const facts = changedFacts(left, right);
  if (facts.length) {
    lines.push('**Document facts** (official facts that changed, not paragraph findings):', '');
    for (const fact of facts) lines.push(`- ${fact.label}: ${inline(fact.left || '—')} → ${inline(fact.right || '—')}`);
    lines.push('');
  }
  if (changes.length === 0) return [...lines, noKeyChangeSentence(comparison)].join('\n');
  // A new paragraph shown in a dropped one's place (`replacementPairs`) names it, with their similarity.
  const inPlaceOf = new Map([...replacementsByNew(comparison, left.paragraphs, right.paragraphs)].map(([added, { dropped, similarity }]) => [comparison.findings[added], { finding: comparison.findings[dropped], similarity }]));
  lines.push(
    '| Older ¶ | Newer ¶ | Change | Similarity | Text (~~deleted~~, **inserted**) |',
    '|---:|---:|---|---:|---|',
    ...changes.map((finding) => changeRow(finding, left, right, inPlaceOf.get(finding) ?? null)),
  );
  if (comparison.related.length) {
    // Partial reuse: one line per related link, under the table of the findings it annotates.
    lines.push('', '**Related (partial reuse)**', '');
    for (const link of comparison.related) {
      const side = unpairedSide(comparison, link);
      const where = side === 'left' ? `Dropped older ${placeRef(left.paragraphs, link.left)}` : `New newer ${placeRef(right.paragraphs, link.right)}`;
      lines.push(`- ${where}: ${inline(relatedPhrase(link, side, true, (side === 'left' ? right : left).paragraphs))}`);
    }
  }
  return lines.join('\n');
}

/** The changes that matter, ranked, first: a blank line, a heading line and one bullet each; nothing when none is negotiated. */
function keyChangeLines(comparison: Comparison, left: ResultDocument, right: ResultDocument): string[] {
  const absent = unrelatedAbsence(comparison);
  if (absent) return ['', `_${inline(absent)}_`, ''];
  const key = firstKeyChanges(comparison, left.paragraphs, right.paragraphs);
  if (key.total === 0) return [];
  const more = moreKeyChanges(key.total);
  const inText = (comparison.textChanges ?? []).map((change) => `- ${inline(change)}`);
  return ['', '**Key changes**', '', ...key.shown.map(({ line }) => `- ${inline(lineWithSignals(line))}`), ...(more ? [`- ${more} (in the table below)`] : []), ...inText, ''];
}

function documentLine(document: ResultDocument): string {
  const facts = [document.date, document.issuer].filter((fact): fact is string => Boolean(fact)).map(inline);
  // The symbol first where there is one: a draft and its revision share title and date, and are cited by symbol.
  const symbol = document.symbol ? [`**${inline(document.symbol)}**`] : [];
  return [...symbol, inline(document.title), ...facts, `\`${inertText(document.path.replace(/`/g, "'"))}\``, `sha256 \`${document.sha256}\``].join(', ');
}

function changeRow(finding: Finding, left: ResultDocument, right: ResultDocument, inPlaceOf: { finding: Finding; similarity: number | null } | null): string {
  const tag = kindTag(finding);
  // A new or dropped paragraph that only records an event passing says it is routine beside its kind.
  const label = finding.routine && tag !== 'routine' ? `${TAG_LABELS[tag].label}, routine` : TAG_LABELS[tag].label;
  const replaced = inPlaceOf ? `, in place of dropped older ${inline(placeRef(left.paragraphs, inPlaceOf.finding.left))}` : '';
  const kind = `${finding.moved ? `${label}, moved` : label}${replaced}`;
  const similarity = inPlaceOf ? (inPlaceOf.similarity === null ? '' : percent(inPlaceOf.similarity)) : finding.left.length && finding.right.length ? percent(finding.similarity) : '';
  const cells = [
    placeLabel(left.paragraphs, finding.left),
    placeLabel(right.paragraphs, finding.right),
    [
      kind,
      ...(finding.change ? [`**the change:** ${inline(finding.change.before) || '∅'} → ${inline(finding.change.after) || '∅'}`] : []),
      ...(finding.reasons ?? []).map((reason) => `${finding.change ? 'the rest' : 'why'}: ${inline(reason)}`),
      ...signalGroups(finding.signals).map((group) => `_${inline(group.signals.length > 1 ? group.text : group.signals[0].summary)}_`),
      ...(finding.footnoteChanges ?? []).map((note) => `**${inline(note.summary)}**`),
    ].join('<br>'),
    similarity,
    [changeText(finding, left, right), ...footnoteLines(finding, left, right)].join('<br>'),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The paragraph's footnotes under its text (the older paragraph's for a dropped one): `_footnote 8:_ …`, a changed note
 * with its word diff, a note gone struck through.
 */
function footnoteLines(finding: Finding, left: ResultDocument, right: ResultDocument): string[] {
  const changes = new Map((finding.footnoteChanges ?? []).filter((note) => note.rightMark !== null).map((note) => [note.rightMark!, note]));
  const notes = finding.kind === 'dropped' ? finding.left.flatMap((index) => left.paragraphs[index]?.footnotes ?? []) : finding.right.flatMap((index) => right.paragraphs[index]?.footnotes ?? []);
  const lines = notes.map((note) => {
    const change = changes.get(note.mark);
    return change ? `_footnote ${inline(note.mark)} ${change.change}:_ ${change.diff.map(diffPart).join('')}` : `_footnote ${inline(note.mark)}:_ ${inline(note.text)}`;
  });
  for (const note of finding.footnoteChanges ?? []) if (note.change === 'removed') lines.push(`_footnote ${inline(note.leftMark ?? '')} removed:_ ${note.diff.map(diffPart).join('')}`);
  return lines;
}

/** The text cell: the word diff for changed pairs; the plain text for new, dropped and moved-but-unchanged paragraphs. */
function changeText(finding: Finding, left: ResultDocument, right: ResultDocument): string {
  if (finding.kind === 'new') return inline(joinTexts(right, finding.right));
  if (finding.kind === 'dropped') return inline(joinTexts(left, finding.left));
  // The newer text, as every renderer shows an unchanged paragraph (it may differ from the older in typography only).
  if (finding.kind === 'unchanged') return inline(joinTexts(right, finding.right));
  return finding.diff.map(diffPart).join('');
}

function elide(text: string): string {
  const { before, core, after } = outerWhitespace(text);
  const words = core.split(/\s+/);
  if (words.length <= CONTEXT_WORDS * 3) return text;
  return `${before}${words.slice(0, CONTEXT_WORDS).join(' ')} … ${words.slice(-CONTEXT_WORDS).join(' ')}${after}`;
}

/** A text's leading whitespace, the rest, and its trailing whitespace. */
function outerWhitespace(text: string): { before: string; core: string; after: string } {
  const [, before, core, after] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  return { before, core, after };
}

function joinTexts(document: ResultDocument, indices: readonly number[]): string {
  return indices.map((index) => document.paragraphs[index]?.text ?? '').join(' ');
}

/** Unchanged runs longer than this many words keep only their ends, so a one-word change stays findable. */
const CONTEXT_WORDS = 12;

function diffPart(part: DiffPart): string {
  if (part.op === 'equal') return inline(elide(part.text));
  return emphasize(part.text, part.op === 'insert' ? '**' : '~~');
}

/**
 * Wrap a run in `**` or `~~`, with its surrounding whitespace moved outside: GitHub only honours the markers
 * when they touch the text (`~~ word~~` stays literal).
 */
function emphasize(text: string, marker: string): string {
  const { before, core, after } = outerWhitespace(text);
  if (!core) return inline(text);
  return `${inline(before)}${marker}${inline(core)}${marker}${inline(after)}`;
}

/**
 * Make document text inert in a Markdown table cell: line breaks become spaces, and every character Markdown
 * or GitHub would read as markup (emphasis, code, links, raw HTML, entities, the cell's pipe) is backslash-escaped;
 * control characters become visible (`inertText`), so the Markdown is safe to print on a terminal too.
 */
export function inline(text: string): string {
  return inertText(text.replace(/\s*\n\s*/g, ' ').replace(/[\\`*_~[\]<>|&]/g, '\\$&'));
}
