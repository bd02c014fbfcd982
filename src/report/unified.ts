import { isGivenName } from './paragraph-names.js';
import type { Comparison, Finding, RedlineResult } from '../types.js';
import { comparedDocuments, type ResultDocument } from './labels.js';

/**
 * A unified diff with one paragraph per line, for the tools and habits of diff users (diff2html, `delta`, editors,
 * code review). Each document is seen as a file of paragraph lines (its label, a space, its text); the hunks are an
 * exact edit script from the older file to the newer one, so `patch` applied to the older lines gives the newer lines.
 *
 * The script follows redline's alignment, not a line-diff of its own: paragraphs aligned in reading order sit side by
 * side (a context line when byte-identical, else `-` then `+`), split and merged groups are removed and added as a
 * block, and a moved paragraph is removed where it stood and added where it now stands.
 *
 * Renumbering alone is not a change: a paragraph whose text is the same and only its printed label moved on (`PP 2` →
 * `PP 3`) is a context line under its newer label. The script is exact on the texts, and on the labels but for those
 * lines: CTBT 79/77 → 80/70 listed 37 `-`/`+` lines, most of them such paragraphs, where the result counts 8 changes
 * (trial 14c).
 */

/** Lines of context around each change, as `diff -u`. */
export const UNIFIED_CONTEXT = 3;

/** One line of the edit script: ' ' in both files, '-' only in the older, '+' only in the newer. */
interface ScriptLine {
  op: ' ' | '-' | '+';
  text: string;
  /** 0-based line in the older file (for ' ' and '-') or the one it would follow. */
  left: number;
  /** 0-based line in the newer file (for ' ' and '+') or the one it would follow. */
  right: number;
}

/** Render every comparison of a result as a unified diff (one file section per comparison). */
export function renderUnified(result: RedlineResult, context: number = UNIFIED_CONTEXT): string {
  return result.comparisons.map((comparison) => comparisonUnified(result, comparison, context)).join('');
}

/**
 * A paragraph as one line of the paragraph file: label, space, text; line breaks inside it become spaces. The label is
 * the one the UN prints in a resolution (`OP 17 Decides …`, `PP 3 Recalling …`), else the paragraph's own number (`7.`),
 * never a name the result gave a paragraph of another text (`¶ 3`): the unified diff stays the texts' own lines.
 */
export function paragraphLine(document: ResultDocument, index: number): string {
  const paragraph = document.paragraphs[index];
  // A name `nameParagraphs` gave (`¶ 3`, `heading 1`) is not printed in the text: the line keeps the text's own number.
  const label = (paragraph.label && !isGivenName(paragraph.label) ? paragraph.label : null) ?? paragraph.number;
  const text = label ? `${label} ${paragraph.text}` : paragraph.text;
  return text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');
}

function comparisonUnified(result: RedlineResult, comparison: Comparison, context: number): string {
  const { left, right } = comparedDocuments(result, comparison);
  const script = editScript(left, right, comparison.findings);
  const hunks = groupHunks(script, context);
  const header = `--- ${fileLabel(left)}\n+++ ${fileLabel(right)}\n`;
  if (hunks.length === 0) return header;
  return header + hunks.map((hunk) => hunkText(hunk)).join('');
}

/** The file name of a side: its path (a tab would end the name for diff readers, so it becomes a space). */
function fileLabel(document: ResultDocument): string {
  return (document.path || document.id).replace(/[\t\r\n]/g, ' ');
}

/**
 * The edit script from the findings. Findings aligned in reading order (not moved, both sides present) form a chain
 * increasing on both sides; everything else is removed from or added to the lines between two links of that chain.
 */
function editScript(left: ResultDocument, right: ResultDocument, findings: readonly Finding[]): ScriptLine[] {
  const anchors = findings
    .filter((finding) => !finding.moved && finding.left.length > 0 && finding.right.length > 0)
    .map((finding): { left: readonly number[]; right: readonly number[]; renumbered: boolean } => ({ left: finding.left, right: finding.right, renumbered: finding.renumbered === true }))
    .sort((a, b) => a.left[0] - b.left[0] || a.right[0] - b.right[0]);
  const script: ScriptLine[] = [];
  let nextLeft = 0;
  let nextRight = 0;
  const remove = (index: number): void => {
    script.push({ op: '-', text: paragraphLine(left, index), left: index, right: nextRight });
  };
  const add = (index: number): void => {
    script.push({ op: '+', text: paragraphLine(right, index), left: nextLeft, right: index });
  };
  const catchUp = (leftEnd: number, rightEnd: number): void => {
    for (; nextLeft < leftEnd; nextLeft++) remove(nextLeft);
    for (; nextRight < rightEnd; nextRight++) add(nextRight);
  };
  for (const finding of anchors) {
    // A chain link behind the pointers would break the script's order; the aligner never makes one, but a result
    // edited by hand could: its paragraphs are then removed and added with the rest.
    if (finding.left[0] < nextLeft || finding.right[0] < nextRight) continue;
    catchUp(finding.left[0], finding.right[0]);
    const leftEnd = finding.left[finding.left.length - 1] + 1;
    const rightEnd = finding.right[finding.right.length - 1] + 1;
    const one = finding.left.length === 1 && finding.right.length === 1;
    const same = one && paragraphLine(left, finding.left[0]) === paragraphLine(right, finding.right[0]);
    const renumberedOnly = one && finding.renumbered && left.paragraphs[finding.left[0]].text === right.paragraphs[finding.right[0]].text;
    if (same || renumberedOnly) {
      script.push({ op: ' ', text: paragraphLine(right, nextRight), left: nextLeft, right: nextRight });
      nextLeft = leftEnd;
      nextRight = rightEnd;
      continue;
    }
    for (; nextLeft < leftEnd; nextLeft++) remove(nextLeft);
    for (; nextRight < rightEnd; nextRight++) add(nextRight);
  }
  catchUp(left.paragraphs.length, right.paragraphs.length);
  return script;
}

interface Hunk {
  lines: ScriptLine[];
}

/** Changes closer than twice the context share a hunk, as in `diff -u`. */
function groupHunks(script: ScriptLine[], context: number): Hunk[] {
  const changed = script.map((line, index) => (line.op === ' ' ? -1 : index)).filter((index) => index >= 0);
  if (changed.length === 0) return [];
  const hunks: Hunk[] = [];
  let start = Math.max(0, changed[0] - context);
  let end = Math.min(script.length, changed[0] + context + 1);
  for (const index of changed.slice(1)) {
    if (index - context <= end) end = Math.min(script.length, index + context + 1);
    else {
      hunks.push({ lines: script.slice(start, end) });
      start = index - context;
      end = Math.min(script.length, index + context + 1);
    }
  }
  hunks.push({ lines: script.slice(start, end) });
  return hunks;
}

function hunkText(hunk: Hunk): string {
  const first = hunk.lines[0];
  const leftCount = hunk.lines.filter((line) => line.op !== '+').length;
  const rightCount = hunk.lines.filter((line) => line.op !== '-').length;
  // 1-based start lines; an empty side names the line before it (0 at the top), as diff does.
  const leftStart = leftCount === 0 ? first.left : first.left + 1;
  const rightStart = rightCount === 0 ? first.right : first.right + 1;
  const lines = hunk.lines.map((line) => `${line.op}${line.text}\n`).join('');
  return `@@ -${range(leftStart, leftCount)} +${range(rightStart, rightCount)} @@\n${lines}`;
}

function range(start: number, count: number): string {
  return count === 1 ? String(start) : `${start},${count}`;
}
