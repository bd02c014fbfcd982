import { createHash } from 'node:crypto';
import { GROUP_SEPARATOR, type DiffPart, type Finding, type Paragraph, type RedlineResult } from '../types.js';
import { RedlineError } from '../errors.js';
import { paragraphAnchor } from './labels.js';

/**
 * The result as the HTML report embeds it: the whole JSON contract, with each text held once in the page. The page
 * already shows every paragraph of the two compared documents (`#new-OP17`, `#p-left-N`, …), so the block leaves their
 * texts out; word diffs are written as lengths into their paragraphs' texts (`=120 -5 +7 =30`); paragraphs and
 * findings are tables (column names once, a row of values each). `readEmbeddedResult` rebuilds the exact contract
 * from a page. At 10,000 paragraphs this is a fifth of embedding the contract as it is, which held every text three
 * times (the paragraphs, and both sides again in the word diffs).
 */
export const EMBEDDED_FORMAT = 'redline-embedded/1';

/** Objects of one shape as a table: the keys once, in order, then one row of values per object. */
export interface Table {
  columns: string[];
  rows: unknown[][];
}

/** The embedded block: its format, which comparison the page shows, a checksum per shown text, the packed result. */
export interface EmbeddedResult {
  format: typeof EMBEDDED_FORMAT;
  /** Index of the comparison the page shows: its two documents' paragraph texts are read from the page. */
  comparison: number;
  /** sha256 of each shown document's paragraph texts joined by blank lines, in document order: checks the rebuild. */
  textSha256: string[];
  /** The contract, with `documents[].paragraphs` and `comparisons[].findings` packed (`Table`, or objects when their shapes differ). */
  result: Record<string, unknown>;
}

/** Which paragraphs the page shows exactly as their text: `left N` / `right N` (0-based) of the shown comparison. */
export type ShownParagraphs = ReadonlySet<string>;

/** Pack a result for embedding in the page that shows comparison `comparison`, with the paragraphs in `shown`. */
export function packResult(result: RedlineResult, comparison: number, shown: ShownParagraphs): EmbeddedResult {
  const sides = shownSides(result, comparison);
  const documents = result.documents.map((document, index) => {
    const side = sides.get(index);
    const paragraphs = document.paragraphs.map((paragraph) =>
      side !== undefined && shown.has(`${side} ${paragraph.index}`) ? { ...paragraph, text: null } : paragraph,
    );
    return { ...document, paragraphs: tableOf(paragraphs) ?? paragraphs };
  });
  const comparisons = result.comparisons.map((entry) => {
    const left = result.documents.find((document) => document.id === entry.left);
    const right = result.documents.find((document) => document.id === entry.right);
    const findings = entry.findings.map((finding) => (left && right ? { ...finding, diff: packDiff(finding, left.paragraphs, right.paragraphs) } : finding));
    return { ...entry, findings: tableOf(findings) ?? findings };
  });
  return {
    format: EMBEDDED_FORMAT,
    comparison,
    textSha256: [...sides.keys()].map((index) => textChecksum(result.documents[index].paragraphs)),
    result: { ...result, documents, comparisons },
  };
}

/**
 * The result embedded in a report page, rebuilt exactly (deep-equal to the one rendered, keys in the same order): the
 * shown paragraphs' texts are read back from the page's paragraphs. Throws a `RedlineError` naming `file` when the page
 * holds no block, or when its paragraphs no longer match the checksums (an edited page, or a `--templates` override
 * that draws paragraphs differently).
 */
export function readEmbeddedResult(html: string, file = 'the report'): RedlineResult {
  const block = /<script type="application\/json" id="redline-result"[^>]*>([\s\S]*?)<\/script>/.exec(html);
  if (!block) throw new RedlineError('bad-result', 'holds no embedded redline result', 'Give an HTML report written by redline report or compare.', file);
  const embedded = JSON.parse(block[1]) as Partial<EmbeddedResult> & Record<string, unknown>;
  if (embedded.format !== EMBEDDED_FORMAT) {
    // A page written before the embedded result was packed holds the contract itself.
    if (embedded.schemaVersion !== undefined) return embedded as unknown as RedlineResult;
    throw new RedlineError('bad-result', `embeds a result in an unknown format (${String(embedded.format)})`, 'Read it with the redline version that wrote it.', file);
  }
  const packed = embedded.result as Record<string, unknown> & { documents: Array<Record<string, unknown>>; comparisons: Array<Record<string, unknown>> };
  const pageTexts = paragraphTexts(html);
  const comparison = packed.comparisons[embedded.comparison ?? 0] as { left: string; right: string } | undefined;
  const sideOf = (id: unknown): 'left' | 'right' | null => (comparison && id === comparison.left ? 'left' : comparison && id === comparison.right ? 'right' : null);
  const documents = packed.documents.map((document) => {
    const side = sideOf(document.id);
    const paragraphs = rowsOf(document.paragraphs as Table | object[]).map((paragraph) => {
      const entry = paragraph as Paragraph & { text: string | null };
      if (entry.text !== null) return entry;
      // Pages written before paragraphs were anchored by label (`#new-OP17`) anchored every one by position.
      const text = side ? (pageTexts.get(paragraphAnchor(side, entry)) ?? pageTexts.get(`p-${side}-${entry.index + 1}`)) : undefined;
      if (text === undefined) throw mismatch(file);
      return { ...entry, text };
    });
    return { ...document, paragraphs } as Record<string, unknown> & { id: string; paragraphs: Paragraph[] };
  });
  const shownIndices = documents.map((document, index) => (sideOf(document.id) ? index : -1)).filter((index) => index >= 0);
  shownIndices.forEach((index, k) => {
    if (textChecksum(documents[index].paragraphs) !== embedded.textSha256?.[k]) throw mismatch(file);
  });
  const comparisons = packed.comparisons.map((entry) => {
    const left = documents.find((document) => document.id === entry.left);
    const right = documents.find((document) => document.id === entry.right);
    const findings = rowsOf(entry.findings as Table | object[]).map((row) => {
      const finding = row as Omit<Finding, 'diff'> & { diff: DiffPart[] | string };
      return typeof finding.diff === 'string' && left && right ? { ...finding, diff: unpackDiff(finding.diff, finding, left.paragraphs, right.paragraphs) } : finding;
    });
    return { ...entry, findings };
  });
  return { ...packed, documents, comparisons } as unknown as RedlineResult;
}

function mismatch(file: string): RedlineError {
  return new RedlineError(
    'bad-result',
    "holds paragraphs that no longer match its embedded result's checksums",
    'Re-render the report from the texts (redline report OLD NEW); a page edited by hand, or drawn by templates that change how paragraphs are written, cannot be read back.',
    file,
  );
}

/** Which document index shows on which side of the page. */
function shownSides(result: RedlineResult, comparison: number): Map<number, 'left' | 'right'> {
  const sides = new Map<number, 'left' | 'right'>();
  const entry = result.comparisons[comparison];
  if (!entry) return sides;
  result.documents.forEach((document, index) => {
    if (document.id === entry.left) sides.set(index, 'left');
    else if (document.id === entry.right) sides.set(index, 'right');
  });
  return sides;
}

function textChecksum(paragraphs: readonly Paragraph[]): string {
  const hash = createHash('sha256');
  paragraphs.forEach((paragraph, index) => hash.update(index === 0 ? paragraph.text : GROUP_SEPARATOR + paragraph.text));
  return hash.digest('hex');
}

/** Objects that all have the same keys in the same order, as a table; null when their shapes differ (or none). */
function tableOf(objects: readonly object[]): Table | null {
  if (objects.length === 0) return null;
  const columns = Object.keys(objects[0]);
  const signature = columns.join('\0');
  const rows: unknown[][] = [];
  for (const object of objects) {
    if (Object.keys(object).join('\0') !== signature) return null;
    rows.push(Object.values(object));
  }
  return { columns, rows };
}

function rowsOf(packed: Table | object[]): object[] {
  if (Array.isArray(packed)) return packed;
  return packed.rows.map((row) => Object.fromEntries(packed.columns.map((column, k) => [column, row[k]])));
}

const OP_MARK: Readonly<Record<DiffPart['op'], string>> = { equal: '=', delete: '-', insert: '+' };
const MARK_OP: Readonly<Record<string, DiffPart['op']>> = { '=': 'equal', '-': 'delete', '+': 'insert' };

/** The texts a finding's diff runs through: its paragraphs joined as the classifier joined them. */
function groupTexts(finding: Pick<Finding, 'left' | 'right'>, left: readonly Paragraph[], right: readonly Paragraph[]): { left: string; right: string } | null {
  const pick = (paragraphs: readonly Paragraph[], indices: readonly number[]): string | null => {
    const texts: string[] = [];
    for (const index of indices) {
      const paragraph = paragraphs[index];
      if (!paragraph) return null;
      texts.push(paragraph.text);
    }
    return texts.join(GROUP_SEPARATOR);
  };
  const leftText = pick(left, finding.left);
  const rightText = pick(right, finding.right);
  return leftText === null || rightText === null ? null : { left: leftText, right: rightText };
}

/** A diff as the lengths of its runs (`=120 -5 +7`), when the runs are exactly the finding's texts; else as it is. */
function packDiff(finding: Finding, left: readonly Paragraph[], right: readonly Paragraph[]): DiffPart[] | string {
  const texts = groupTexts(finding, left, right);
  if (!texts) return finding.diff;
  let leftAt = 0;
  let rightAt = 0;
  const marks: string[] = [];
  for (const part of finding.diff) {
    const length = part.text.length;
    if (length === 0) return finding.diff;
    if (part.op !== 'insert') {
      if (!texts.left.startsWith(part.text, leftAt)) return finding.diff;
      leftAt += length;
    }
    if (part.op !== 'delete') {
      if (!texts.right.startsWith(part.text, rightAt)) return finding.diff;
      rightAt += length;
    }
    marks.push(`${OP_MARK[part.op]}${length}`);
  }
  if (leftAt !== texts.left.length || rightAt !== texts.right.length) return finding.diff;
  return marks.join(' ');
}

function unpackDiff(packed: string, finding: Pick<Finding, 'left' | 'right'>, left: readonly Paragraph[], right: readonly Paragraph[]): DiffPart[] {
  const texts = groupTexts(finding, left, right);
  if (!texts) throw new Error('a packed diff names a paragraph its document does not have');
  let leftAt = 0;
  let rightAt = 0;
  return packed.split(' ').map((mark) => {
    const op = MARK_OP[mark[0]];
    const length = Number(mark.slice(1));
    const text = op === 'insert' ? texts.right.slice(rightAt, rightAt + length) : texts.left.slice(leftAt, leftAt + length);
    if (op !== 'insert') leftAt += length;
    if (op !== 'delete') rightAt += length;
    return { op, text };
  });
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#x27;': "'", '&#x60;': '`', '&#x3D;': '=' };

/**
 * Every paragraph's text as the page shows it, by its anchor (`new-OP17`, `p-left-12`): the runs the side holds (kept,
 * and deleted on the left or inserted on the right), without the paragraph's citation link, number label and
 * merge/split joints, unescaped. The side is in the paragraph's column: the first `side-left` or `side-right` before it.
 */
function paragraphTexts(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  // A paragraph's text has dir="auto" since session 16 (right-to-left scripts); pages written before have none.
  const paragraph = /<div class="side side-(left|right)[^"]*">|<p class="para[^"]*" id="([^"]+)"(?: dir="auto")?>([\s\S]*?)<\/p>/g;
  let side: 'left' | 'right' = 'left';
  for (const match of html.matchAll(paragraph)) {
    if (match[1]) {
      side = match[1] as 'left' | 'right';
      continue;
    }
    const [, , anchor, inner] = match;
    const other = side === 'left' ? 'ins' : 'del';
    const text = inner
      .replace(/^<a [^>]*>[^<]*<\/a> (?:<span class="num">[^<]*<\/span> )?/, '')
      .replace(/<span class="joint">[^<]*<\/span>/g, '')
      .replace(new RegExp(`<${other}>[^<]*</${other}>`, 'g'), '')
      .replace(/<\/?(?:ins|del)>/g, '')
      .replace(/&(?:amp|lt|gt|quot|#x27|#x60|#x3D);/g, (entity) => ENTITIES[entity]);
    texts.set(anchor, text);
  }
  return texts;
}
