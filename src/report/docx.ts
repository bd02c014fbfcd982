import { isGivenName, isLineName } from './paragraph-names.js';
import type { FileChild, ICommentOptions, ParagraphChild } from 'docx';
import type { Comparison, DiffPart, Finding, FootnoteChange, Paragraph, RedlineResult } from '../types.js';
import { lineParts, lineWithSignals } from './digest-line.js';
import { replacementsByNew } from './replacements.js';
import { isRightToLeft } from './direction.js';
import { firstKeyChanges, isPositionShift, moreKeyChanges } from './key-changes.js';
import { OFFICIAL_FACTS, ROW_TAGS, TAG_LABELS, comparedDocuments, countTags, noKeyChangeSentence, pairSummary, paragraphCitation, percent, placeRef, relationNote, titleWithDate, unrelatedAbsence, warningText, type ResultDocument } from './labels.js';

/** How `renderDocx` writes: the date to stamp when the documents carry none. */
export interface DocxOptions {
  /**
   * ISO 8601 time stamped on the tracked changes, the comments and the file's parts when neither document states a
   * date (the CLI passes SOURCE_DATE_EPOCH); without either, the changes carry no date. Never the clock: the same
   * input gives the same bytes.
   */
  fallbackDate?: string | null;
}

/** The author every tracked change and comment is attributed to: Word shows it in the margin and in Review → Reviewing Pane. */
export const REVISION_AUTHOR = 'redline';

/** The zip time of every part when no date is known: the earliest a zip can hold (1980-01-01), as reproducible zips use. */
const ZIP_EPOCH = new Date(Date.UTC(1980, 0, 1));

/** Stands for "no date" while the library (which requires one) writes a change; removed from the XML afterwards. */
const NO_DATE = '0001-01-01T00:00:00Z';

/** The docx library, loaded on first use (about 1 MB of code no other output needs). */
type DocxLibrary = typeof import('docx');

/**
 * Render a result as a Word document: the newer text with the older text's changes as tracked changes attributed to
 * "redline" (accept all gives the newer text, reject all the older), each paragraph labelled as the UN cites it, each
 * position shift and each moved paragraph a comment on its paragraph, and a first page with the document facts and
 * the key changes. Word and LibreOffice open it; the same result gives the same bytes.
 */
export async function renderDocx(result: RedlineResult, options: DocxOptions = {}): Promise<Uint8Array> {
  const docx = await import('docx');
  const date = revisionDate(result, options.fallbackDate ?? null);
  // Comments are numbered after every footnote id the body can write (each paragraph's notes once per comparison):
  // LibreOffice takes a comment whose id is also a footnote's for that footnote, and the memo printed to PDF showed
  // the wrong footnote texts from the first comment on (trial 17 b: DPRK 79/181 → 80/220, footnote 1 read "A/HRC/60/58.").
  const notes = result.comparisons.reduce((sum, comparison) => {
    const { left, right } = comparedDocuments(result, comparison);
    return sum + [left, right].reduce((count, document) => count + document.paragraphs.reduce((inner, paragraph) => inner + (paragraph.footnotes?.length ?? 0), 0), 0);
  }, 0);
  const writer = new DocxWriter(docx, date ?? NO_DATE, notes + 1);
  const children: FileChild[] = [];
  const running: string[] = [];
  result.comparisons.forEach((comparison, index) => {
    const { left, right } = comparedDocuments(result, comparison);
    const [older, newer] = [shortName(left), shortName(right)];
    running.push(older === newer ? newer : `${older} → ${newer}`);
    children.push(...firstPage(docx, comparison, left, right, index, index === 0 ? result.warnings : []));
    children.push(...writer.body(comparison, left, right, index));
  });
  const title = result.comparisons.length ? `Redline: ${documentName(comparedDocuments(result, result.comparisons[0]).right)}` : 'Redline';
  const document = houseDocument(docx, { title, description: `${result.tool.name} ${result.tool.version}`, runningHead: running.join('; '), children, comments: writer.comments, footnotes: writer.footnotes, trackRevisions: true });
  return normalizePackage(await docx.Packer.toBuffer(document), date);
}

/** What a Word output of redline holds besides its body: its title, the tool, the running head, the comments. */
export interface HouseDocumentOptions {
  title: string;
  /** The file's description property: the tool and its version (`redline 0.9.0`). */
  description: string;
  /** The running head, right-aligned at the top of every page. */
  runningHead: string;
  children: FileChild[];
  /** Comments by redline the body refers to (none by default). */
  comments?: ICommentOptions[];
  /** Word opens the file with Track Changes on (the pair report, whose body is tracked changes). */
  trackRevisions?: boolean;
  /** Word footnotes by id, which the body's footnote references point to (the pair report: each paragraph's notes). */
  footnotes?: Record<string, { children: InstanceType<DocxLibrary['Paragraph']>[] }>;
}

/**
 * The house style of redline's Word outputs (the pair report, the history): authored by "redline", 11-point Times New
 * Roman, the running head right-aligned on small type and "Page n of m" centred at the foot of every page.
 */
export function houseDocument(docx: DocxLibrary, options: HouseDocumentOptions): InstanceType<DocxLibrary['Document']> {
  const { Document, Footer, Header, PageNumber, Paragraph, TextRun, AlignmentType } = docx;
  const small = 18;
  return new Document({
    creator: REVISION_AUTHOR,
    lastModifiedBy: REVISION_AUTHOR,
    title: clean(options.title),
    description: options.description,
    ...(options.trackRevisions ? { features: { trackRevisions: true } } : {}),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 22 } } } },
    comments: { children: options.comments ?? [] },
    ...(options.footnotes ? { footnotes: options.footnotes } : {}),
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: clean(options.runningHead), size: small })] })] }) },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ size: small, children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })] })] }),
        },
        children: options.children,
      },
    ],
  });
}

/**
 * The date of the changes: the newer document's (when it was made, the changes were), else the older's, else the
 * fallback (SOURCE_DATE_EPOCH); null when none is known. Dates are days: midnight UTC.
 */
export function revisionDate(result: RedlineResult, fallback: string | null): string | null {
  const comparison = result.comparisons[0];
  if (comparison) {
    const { left, right } = comparedDocuments(result, comparison);
    for (const document of [right, left]) {
      const day = document.date ?? document.issued;
      if (day && /^\d{4}-\d{2}-\d{2}$/.test(day)) return `${day}T00:00:00Z`;
    }
  }
  return fallback;
}

/** A document as the running head and the first page name it: its symbol, else its title. */
function documentName(document: ResultDocument): string {
  return document.symbol ?? document.title;
}

/** Longest title the running head quotes whole. */
const HEAD_TITLE = 40;

/** A document in the running head: its symbol, else its title cut to fit, with its date unless the title holds it. */
function shortName(document: ResultDocument): string {
  if (document.symbol) return document.symbol;
  const title = document.title.length > HEAD_TITLE ? `${document.title.slice(0, HEAD_TITLE - 1).trimEnd()}…` : document.title;
  return titleWithDate(title, document.date ?? null);
}

/** Characters XML 1.0 cannot hold (C0 controls but tab, line feed, carriage return), and line breaks a run cannot show. */
export function clean(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A paragraph's footnote references and where their marks stood in the side's text (`DocxWriter.withMarks`). */
interface FootnoteMarks {
  /** Whose text the offsets count: the newer (`right`: kept and inserted pieces) or the older (`left`). */
  side: 'left' | 'right';
  /** The length of the paragraph's text on that side: the pieces are placed by offset only when they are all of it. */
  length: number;
  refs: Array<{ offset: number | undefined; run: ParagraphChild }>;
}

/** A run of a paragraph: text kept, deleted or inserted. */
interface Piece {
  op: DiffPart['op'];
  text: string;
}

/** Builds the body: numbers every change and comment, so the ids are unique and the same on every run. */
class DocxWriter {
  /** The comments written so far, in order of their ids (from `firstCommentId`). */
  readonly comments: ICommentOptions[] = [];
  /** The footnotes written so far, by id (1, 2 …): each paragraph's notes as Word footnotes. */
  readonly footnotes: Record<string, { children: InstanceType<DocxLibrary['Paragraph']>[] }> = {};
  private revision = 0;
  /** The bookmark the next paragraph's label carries: where a key change on the first page links to. */
  private anchorNext: string | null = null;
  /** The replacements of the comparison being written, by their new finding (`replacementsByNew`). */
  private inPlaceOf = new Map<number, { dropped: number; similarity: number | null }>();

  constructor(
    private readonly docx: DocxLibrary,
    private readonly date: string,
    /** The first comment id: past every footnote id (see `renderDocx`). */
    private readonly firstCommentId = 0,
  ) {}

  /** The attributes of one tracked change: a fresh id, the author, the date. */
  private change(): { id: number; author: string; date: string } {
    this.revision += 1;
    return { id: this.revision, author: REVISION_AUTHOR, date: this.date };
  }

  /** A comment by redline; returns its id. */
  private comment(text: string): number {
    const id = this.firstCommentId + this.comments.length;
    const { Paragraph } = this.docx;
    this.comments.push({ id, author: REVISION_AUTHOR, initials: 'RL', ...(this.date === NO_DATE ? {} : { date: new Date(this.date) }), children: [new Paragraph(clean(text))] });
    return id;
  }

  /** A run of text as a piece of the diff: kept, deleted or inserted (tracked). */
  run(piece: Piece, bold = false, rightToLeft = false): ParagraphChild {
    const { TextRun, DeletedTextRun, InsertedTextRun } = this.docx;
    const text = clean(piece.text);
    // A run of right-to-left text (`w:rtl`) in a right-to-left paragraph (`isRightToLeft`); written only then.
    const direction = rightToLeft ? { rightToLeft } : {};
    if (piece.op === 'delete') return new DeletedTextRun({ text, bold, ...direction, ...this.change() });
    if (piece.op === 'insert') return new InsertedTextRun({ text, bold, ...direction, ...this.change() });
    return new TextRun({ text, bold, ...direction });
  }

  /**
   * One paragraph: its label (bold; tracked as `labelOp`, by default with the paragraph mark, so a paragraph new or gone
   * takes its label with it), its pieces, and comments spanning it. `mark` tracks the paragraph mark itself, so accepting
   * (or rejecting) all leaves no empty paragraph behind, and a split or merge joins or parts where it did.
   */
  paragraph(label: string | null, pieces: Piece[], notes: string[], mark: DiffPart['op'] = 'equal', heading = false, labelOp: DiffPart['op'] = mark, footnotes: FootnoteMarks | null = null): FileChild {
    const { Paragraph, CommentRangeStart, CommentRangeEnd, CommentReference, TextRun, HeadingLevel } = this.docx;
    const ids = notes.map((note) => this.comment(note));
    const runs: ParagraphChild[] = [];
    for (const id of ids) runs.push(new CommentRangeStart(id));
    const text: ParagraphChild[] = [];
    // An Arabic or Hebrew paragraph is laid out right to left (`w:bidi`), its text's runs too; its label stays a Latin run.
    const rightToLeft = isRightToLeft(pieces.map((piece) => piece.text).join(''));
    if (label) text.push(this.run({ op: labelOp, text: `${label}  ` }, true));
    text.push(...this.withMarks(pieces.filter((piece) => piece.text), footnotes, rightToLeft));
    // The bookmark spans the label (or, without one, the first run): Word's "go to" and the first page's links land on it.
    const anchor = this.anchorNext;
    this.anchorNext = null;
    if (anchor && text.length > 0) runs.push(new this.docx.Bookmark({ id: anchor, children: [text[0]] }), ...text.slice(1));
    else runs.push(...text);
    for (const id of ids) runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    const markChange = mark === 'insert' ? { insertion: this.change() } : mark === 'delete' ? { deletion: this.change() } : {};
    return new Paragraph({ children: runs, spacing: { after: 160 }, ...(rightToLeft ? { bidirectional: true } : {}), ...(heading ? { heading: HeadingLevel.HEADING_3 } : {}), ...(mark === 'equal' ? {} : { run: markChange }) });
  }

  /**
   * A paragraph's footnotes as Word footnotes, their references to put after its text: a note that changed (`side`'s
   * mark in `changes`) with its word diff tracked, as the paragraph's text is (trial 14b: the memo carried no note, and
   * Panama added to note 8 of the ATT's OP 2 was nowhere).
   */
  private footnoteRefs(paragraph: Paragraph, side: 'left' | 'right', changes: readonly FootnoteChange[] = []): FootnoteMarks {
    const { FootnoteReferenceRun, Paragraph: WordParagraph } = this.docx;
    const refs = (paragraph.footnotes ?? []).map((note) => {
      const id = Object.keys(this.footnotes).length + 1;
      const change = changes.find((candidate) => candidate.change === 'changed' && (side === 'right' ? candidate.rightMark : candidate.leftMark) === note.mark);
      const pieces: Piece[] = change ? change.diff.map((part) => ({ op: part.op, text: part.text })) : [{ op: 'equal', text: note.text }];
      this.footnotes[String(id)] = { children: [new WordParagraph({ children: pieces.filter((piece) => piece.text).map((piece) => this.run(piece)) })] };
      return { offset: note.offset, run: new FootnoteReferenceRun(id) as ParagraphChild };
    });
    return { side, length: paragraph.text.length, refs };
  }

  /**
   * A paragraph's pieces as runs with its footnote references where the text had their marks (`Footnote.offset`,
   * counted in the side's text: kept and inserted pieces for the newer, kept and deleted for the older), so "Aspects,¹
   * … Crime,² … Light Weapons,³" is not "Light Weapons,¹²³" (trial 16c). Where a place is not known (a document read
   * by an older version, pieces that are not the paragraph's whole text) the references follow the text, set apart by
   * commas (`¹,²,³`).
   */
  private withMarks(pieces: readonly Piece[], marks: FootnoteMarks | null, rightToLeft: boolean): ParagraphChild[] {
    const runs: ParagraphChild[] = [];
    if (!marks || marks.refs.length === 0) {
      for (const piece of pieces) runs.push(this.run(piece, false, rightToLeft));
      return runs;
    }
    const skipped: DiffPart['op'] = marks.side === 'right' ? 'delete' : 'insert';
    const sideLength = pieces.reduce((sum, piece) => sum + (piece.op === skipped ? 0 : piece.text.length), 0);
    const placed = sideLength === marks.length && marks.refs.every((ref) => ref.offset !== undefined && ref.offset <= sideLength);
    if (!placed) {
      for (const piece of pieces) runs.push(this.run(piece, false, rightToLeft));
      marks.refs.forEach((ref, k) => {
        if (k > 0) runs.push(new this.docx.TextRun({ text: ',', superScript: true }));
        runs.push(ref.run);
      });
      return runs;
    }
    const refs = [...marks.refs];
    let at = 0;
    const due = (): void => {
      while (refs.length && (refs[0].offset as number) <= at) runs.push(refs.shift()!.run);
    };
    due();
    for (const piece of pieces) {
      if (piece.op === skipped) {
        runs.push(this.run(piece, false, rightToLeft));
        continue;
      }
      let rest = piece.text;
      while (refs.length && (refs[0].offset as number) < at + rest.length) {
        const cut = (refs[0].offset as number) - at;
        if (cut > 0) runs.push(this.run({ op: piece.op, text: rest.slice(0, cut) }, false, rightToLeft));
        rest = rest.slice(cut);
        at += cut;
        due();
      }
      if (rest) runs.push(this.run({ op: piece.op, text: rest }, false, rightToLeft));
      at += rest.length;
      due();
    }
    return runs;
  }

  /** The text of both documents in the newer one's order, with the changes tracked. */
  body(comparison: Comparison, left: ResultDocument, right: ResultDocument, comparisonIndex = 0): FileChild[] {
    const out: FileChild[] = [];
    const movedAfter = movedFromPlaces(comparison.findings);
    this.inPlaceOf = replacementsByNew(comparison, left.paragraphs, right.paragraphs);
    // The text follows the first page's facts and key changes under a heading of its own, with no page break forced
    // before it: when the facts table ran over by a few rows, page 2 held them and white space (trial 16c).
    const { Paragraph: WordParagraph, HeadingLevel, TextRun } = this.docx;
    out.push(new WordParagraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun('Text, with the changes tracked')] }));
    const standing = (place: number): FileChild[] =>
      (movedAfter.get(place) ?? []).flatMap((moved) => {
        if (moved.finding.kind !== 'dropped') return this.movedFrom(moved, left, right);
        this.anchorNext = findingBookmark(comparisonIndex, moved.index);
        return this.finding(moved.finding, left, right);
      });
    out.push(...standing(-1));
    comparison.findings.forEach((finding, index) => {
      if (finding.kind !== 'dropped') {
        this.anchorNext = findingBookmark(comparisonIndex, index);
        out.push(...this.finding(finding, left, right, this.replacementNote(comparison, index, left)));
      }
      out.push(...standing(index));
    });
    return out;
  }

  /**
   * The comment on a new paragraph shown in a dropped one's place (a replacement, one row in the HTML report): which
   * paragraph, and their similarity as the report gives an aligned pair's (`19% similar`); null for any other finding.
   */
  private replacementNote(comparison: Comparison, index: number, left: ResultDocument): string | null {
    const replacement = this.inPlaceOf.get(index);
    if (!replacement) return null;
    const older = placeRef(left.paragraphs, comparison.findings[replacement.dropped].left);
    return `in place of dropped older ${older}${replacement.similarity === null ? '' : `: ${percent(replacement.similarity)} similar`}`;
  }

  /** The paragraphs of one finding at its place in the newer text (`replacement`: the comment of a replacement's new paragraph). */
  private finding(finding: Finding, left: ResultDocument, right: ResultDocument, replacement: string | null = null): FileChild[] {
    // A footnote that changed is commented on its paragraph, as a position shift is.
    const shifts = [...(replacement ? [replacement] : []), ...finding.signals.filter(isPositionShift).map((signal) => signal.summary), ...(finding.footnoteChanges ?? []).map((note) => note.summary)];
    const notes = finding.footnoteChanges ?? [];
    const rights = finding.right.map((index) => right.paragraphs[index]);
    const lefts = finding.left.map((index) => left.paragraphs[index]);
    if (finding.kind === 'dropped') return lefts.map((paragraph, k) => this.paragraph(olderCitation(paragraph), whole('delete', paragraph), k === 0 ? shifts : [], 'delete', paragraph.heading, 'delete', this.footnoteRefs(paragraph, 'left')));
    if (finding.kind === 'new' || displaced(finding)) {
      // Word's moves (w:moveFrom/w:moveTo) are not written by the docx library: a moved paragraph is deleted where it
      // stood (see movedFrom) and inserted here whole, each end with a comment naming the other.
      const comments = finding.moved ? [`moved from older ${placeRef(left.paragraphs, finding.left)}${finding.kind === 'unchanged' ? '' : ', and changed'}`, ...shifts] : displaced(finding) ? [`merged from older ${placeRef(left.paragraphs, finding.left)}`, ...shifts] : shifts;
      return rights.map((paragraph, k) => this.paragraph(citation(paragraph, finding, left, k), whole('insert', paragraph), k === 0 ? comments : [], 'insert', paragraph.heading, 'insert', this.footnoteRefs(paragraph, 'right', notes)));
    }
    if (finding.kind === 'unchanged') return rights.map((paragraph, k) => this.paragraph(citation(paragraph, finding, left, k), whole('equal', paragraph), k === 0 ? shifts : [], 'equal', paragraph.heading, 'equal', this.footnoteRefs(paragraph, 'right', notes)));
    const blocks = blocksOfGroup(finding.diff, lefts.length, rights.length);
    if (blocks === null) {
      // The diff does not mark where the paragraphs of a split or merge part: the older text goes, the newer comes.
      return [
        ...lefts.map((paragraph, k) => this.paragraph(olderCitation(paragraph), whole('delete', paragraph), k === 0 ? shifts : [], 'delete')),
        ...rights.map((paragraph, k) => this.paragraph(citation(paragraph, finding, left, k), whole('insert', paragraph), [], 'insert', false, 'insert', this.footnoteRefs(paragraph, 'right', notes))),
      ];
    }
    // A split's later paragraphs are new (their labels inserted), a merge's later older paragraphs are gone (theirs deleted).
    return blocks.map((block, k) => {
      const paragraph = k === 0 ? rights[0] : finding.kind === 'merged' ? lefts[k] : rights[k];
      const label = k === 0 ? citation(rights[0], finding, left, 0) : finding.kind === 'merged' ? olderCitation(paragraph) : citation(paragraph);
      return this.paragraph(label, block.pieces, k === 0 ? shifts : [], block.closed, paragraph.heading, k === 0 ? 'equal' : block.opened, finding.kind === 'merged' && k > 0 ? null : this.footnoteRefs(paragraph, 'right', notes));
    });
  }

  /** Where a moved paragraph stood in the older text: deleted, with a comment naming its new place. */
  private movedFrom({ finding, lefts }: MovedFrom, left: ResultDocument, right: ResultDocument): FileChild[] {
    return lefts.map((index, k) => {
      const paragraph = left.paragraphs[index];
      return this.paragraph(olderCitation(paragraph), whole('delete', paragraph), k === 0 ? [`${finding.moved ? 'moved' : 'merged'} to newer ${findingPlace(finding, left, right)}`] : [], 'delete', paragraph.heading);
    });
  }
}

/**
 * The label a reader cites a newer paragraph by (`OP 17`, `¶ 5` in a text without labels), with the older label when
 * the paragraph was renumbered (`OP 16 (older OP 15)`, a draft's printed `¶ 5 (older ¶ 6)`), as every output cites it
 * (`paragraphCitation`).
 */
function citation(paragraph: Paragraph, finding?: Finding, left?: ResultDocument, k = 0): string | null {
  // A title, date or section line and a resolution's formula carry no label: "heading 1" printed before a title read
  // as a leaked Word style name (trial 14c), "¶ 2 The General Assembly," cited a number the UN never prints (14b).
  if (isLineName(paragraph.label)) return null;
  const own = paragraphCitation(paragraph);
  if (!finding || !left || k > 0 || finding.left.length === 0) return own;
  const older = placeRef(left.paragraphs, finding.left);
  // A counted name (`¶ 5`, a statement without numbers) moves with every paragraph put in or taken out before it: the
  // older one is said only where the printed numbers changed (`finding.renumbered`), as "Renumbered" is.
  const renumbered = paragraph.label && !isGivenName(paragraph.label) ? true : finding.renumbered;
  return paragraph.label && older !== paragraph.label && renumbered ? `${own} (older ${older})` : own;
}

/**
 * The label of an older paragraph deleted in the body (dropped, moved away, merged into another): `Older PP 25`, as the
 * report's older side names it. The body runs in the newer text's numbering: a bare `PP 25` after newer PP 26 read as
 * a newer paragraph (ICT for development 78/132 → 79/194: older PP 25 and PP 27, dropped, stood as "PP 25" and "PP 27"
 * among the newer PP 26 and PP 27).
 */
function olderCitation(paragraph: Paragraph): string {
  return `Older ${paragraphCitation(paragraph)}`;
}

/**
 * The bookmark on a finding's first paragraph, the Word counterpart of the report's `#r-<finding + 1>`: `r12` in the
 * first comparison, `r12_2` in the second (Word's bookmark names: a letter first, then letters, digits and `_`).
 */
export function findingBookmark(comparisonIndex: number, findingIndex: number): string {
  return `r${findingIndex + 1}${comparisonIndex > 0 ? `_${comparisonIndex + 1}` : ''}`;
}

/** A whole paragraph as one piece: kept, inserted or deleted. */
function whole(op: DiffPart['op'], paragraph: Paragraph): Piece[] {
  return [{ op, text: paragraph.text }];
}

/** One output paragraph of a group's word diff: its pieces, and the kind of break that opened and closed it. */
export interface DiffBlock {
  pieces: Piece[];
  /** The break before it: `equal` for the first, `insert` in a split (a new paragraph break), `delete` in a merge. */
  opened: DiffPart['op'];
  /** The break after it, which its paragraph mark carries: `equal` for the last. */
  closed: DiffPart['op'];
}

/** The break between a group's paragraphs in its word diff (GROUP_SEPARATOR, with the spaces around it). */
const PARAGRAPH_BREAK = /[^\S\n]*\n\s*\n\s*/;

/**
 * Cut a group's word diff at its paragraph breaks: a break in inserted text is a paragraph mark inserted (a split),
 * one in deleted text a mark deleted (a merge), so accepting all gives the newer paragraphs and rejecting all the older.
 * Null when the breaks found are not the group's (n older → m newer paragraphs: max(n, m) − 1 breaks).
 */
export function blocksOfGroup(diff: readonly DiffPart[], lefts: number, rights: number): DiffBlock[] | null {
  const blocks: DiffBlock[] = [{ pieces: [], opened: 'equal', closed: 'equal' }];
  for (const part of diff) {
    const texts = part.text.split(PARAGRAPH_BREAK);
    texts.forEach((text, k) => {
      if (k > 0) {
        blocks[blocks.length - 1].closed = part.op;
        blocks.push({ pieces: [], opened: part.op, closed: 'equal' });
      }
      if (text) blocks[blocks.length - 1].pieces.push({ op: part.op, text });
    });
  }
  const breaks = blocks.slice(1).map((block) => block.opened);
  const expected = Math.max(lefts, rights) - 1;
  const direction = rights > lefts ? 'insert' : 'delete';
  if (breaks.length !== expected || breaks.some((op) => op !== direction && op !== 'equal')) return null;
  return blocks;
}

/**
 * A finding shown whole at its newer place and deleted where its older paragraphs stood: a moved paragraph, or a merge
 * of paragraphs that were not neighbours (older paragraphs stood between them) or that it reads in another order, whose
 * sources each stood elsewhere.
 */
function displaced(finding: Finding): boolean {
  return finding.moved || (finding.kind === 'merged' && (finding.order !== undefined || finding.left.some((index, k) => k > 0 && index !== finding.left[k - 1] + 1)));
}

/**
 * One deletion where older paragraphs stood: a displaced finding's paragraphs (a scattered merge's, one source each), or
 * a dropped paragraph; `index` is the finding's own.
 */
interface MovedFrom {
  finding: Finding;
  lefts: number[];
  index: number;
}

/**
 * Where each moved or dropped paragraph stood in the older text: after the last in-place finding whose older paragraphs
 * come before it (-1: before the first), as the HTML report places its "moved from" marker. A scattered merge's sources
 * each stand at their own place. Dropped paragraphs are placed the same way, not where the findings list them (after
 * the finding that holds the older paragraph before them): when that finding is displaced, its older paragraph is
 * deleted elsewhere, and Reject All would give the older text out of order (a merge of older 7 and 11 shown at newer
 * 9, older 8 dropped: 9, 10, 7, 11, 8).
 */
function movedFromPlaces(findings: readonly Finding[]): Map<number, MovedFrom[]> {
  const after = new Map<number, MovedFrom[]>();
  findings.forEach((finding, findingIndex) => {
    if ((!displaced(finding) && finding.kind !== 'dropped') || finding.left.length === 0) return;
    const groups = finding.kind === 'merged' ? finding.left.map((index) => [index]) : [finding.left];
    for (const lefts of groups) {
      let place = -1;
      findings.forEach((other, index) => {
        if (!displaced(other) && other.kind !== 'dropped' && other.left.length && other.left[other.left.length - 1] < lefts[0]) place = index;
      });
      after.set(place, [...(after.get(place) ?? []), { finding, lefts, index: findingIndex }]);
    }
  });
  // Several moved paragraphs that stood at one place stand there in their older order.
  for (const moved of after.values()) moved.sort((a, b) => a.lefts[0] - b.lefts[0]);
  return after;
}

/** Where a finding stands: its newer paragraphs' labels, else (dropped) its older ones'. */
function findingPlace(finding: Finding, left: ResultDocument, right: ResultDocument): string {
  return finding.right.length ? placeRef(right.paragraphs, finding.right) : placeRef(left.paragraphs, finding.left);
}

/** A document on the first page: symbol, title, date, as far as known. */
function documentLine(document: ResultDocument): string {
  return [document.symbol, document.title, document.date].filter((part): part is string => Boolean(part)).join(', ');
}

/** The first page of a comparison: what was compared, how to read the file, the key changes, the counts, the facts. */
function firstPage(docx: DocxLibrary, comparison: Comparison, left: ResultDocument, right: ResultDocument, comparisonIndex: number, warnings: RedlineResult['warnings'] = []): FileChild[] {
  const { Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, InternalHyperlink } = docx;
  const breakBefore = comparisonIndex > 0;
  const line = (label: string, text: string): FileChild => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(clean(text))] });
  const out: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: breakBefore, children: [new TextRun(clean(`Redline: ${right.title}`))] }),
    line('Older:', documentLine(left)),
    line('Newer:', documentLine(right)),
    ...(relationNote(comparison) ? [new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: clean(relationNote(comparison)!), bold: true })] })] : []),
    // Every warning on the first page, naming its file: a draft's tracked changes read as accepted are one delegation's
    // proposals shown as the draft's text (trial 14b: the memo said nothing of them).
    ...warnings.map((warning) => new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Warning: ', bold: true }), new TextRun(clean(warningText(warning)))] })),
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [
        new TextRun({
          italics: true,
          text: `The newer text follows, with the older text's changes as tracked changes by "${REVISION_AUTHOR}": accept all for the newer text, reject all for the older. Comments mark each position shift and each moved paragraph.`,
        }),
      ],
    }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Key changes')] }),
  ];
  // The same ranked lines as the report, the text output and the Markdown open with (`key-changes.ts`).
  const absent = unrelatedAbsence(comparison);
  const changes = absent ? { shown: [], total: 0 } : firstKeyChanges(comparison, left.paragraphs, right.paragraphs);
  if (absent) out.push(new Paragraph(absent));
  else if (changes.total === 0) out.push(new Paragraph(noKeyChangeSentence(comparison)));
  for (const { line } of changes.shown) {
    // The place links to its paragraph in the text (as the report's key changes link to their rows); the rest is text.
    const { lead, rest } = lineParts({ ...line, text: lineWithSignals(line) });
    const link = new InternalHyperlink({ anchor: findingBookmark(comparisonIndex, line.finding), children: [new TextRun({ text: clean(lead), style: 'Hyperlink' })] });
    out.push(new Paragraph({ bullet: { level: 0 }, children: [link, new TextRun(clean(rest))] }));
  }
  const more = moreKeyChanges(changes.total);
  if (more) out.push(new Paragraph({ children: [new TextRun({ text: `${more} (marked in the text that follows)`, italics: true })] }));
  // The changes to the text nothing negotiated (a paragraph split, a note, the title): key changes of a record too (trial 21-a D8).
  if (!absent && changes.total > 0) for (const change of comparison.textChanges ?? []) out.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(clean(change))] }));
  const counts = countTags(comparison.findings);
  const kinds = ROW_TAGS.filter((tag) => counts[tag] > 0).map((tag) => `${TAG_LABELS[tag].label.toLowerCase()} ${counts[tag]}`).join(' · ');
  out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Summary')] }));
  out.push(line('Similarity', `${percent(comparison.similarity)}, coverage ${percent(comparison.coverage)}; paragraphs: ${kinds}`));
  const signals = absent ? null : pairSummary(comparison);
  if (signals) out.push(line('Signals:', signals));
  // The facts that differ first, then those both documents share; none for texts that state no official facts.
  // The symbol leads, as in the report's facts: a draft and its revision differ by it when by nothing else.
  const symbol = { label: 'Symbol', value: (document: ResultDocument) => document.symbol };
  const facts = [symbol, ...OFFICIAL_FACTS].map((fact) => ({ label: fact.label, left: fact.value(left) ?? '', right: fact.value(right) ?? '' })).filter((fact) => fact.left || fact.right);
  // A fact stated on one side only is no change (trial 15a: a joint statement against A/RES/74/247 listed nine facts
  // "(changed)", symbol, status, meeting…, for a text that has none): it is said to be only in the older or the newer.
  const changed = (fact: { left: string; right: string }): boolean => fact.left !== '' && fact.right !== '' && fact.left !== fact.right;
  const oneSided = (fact: { left: string; right: string }): boolean => (fact.left === '') !== (fact.right === '');
  const ordered = [...facts.filter(changed), ...facts.filter(oneSided), ...facts.filter((fact) => fact.left === fact.right)];
  const factLabel = (fact: { label: string; left: string; right: string }): string =>
    changed(fact) ? `${fact.label} (changed)` : oneSided(fact) ? `${fact.label} (only in the ${fact.left ? 'older' : 'newer'})` : fact.label;
  if (ordered.length) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Document facts')] }));
    out.push(
      plainTable(
        docx,
        ['Fact', 'Older', 'Newer'],
        ordered.map((fact) => [{ text: factLabel(fact), bold: changed(fact) }, fact.left || 'not stated', fact.right || 'not stated']),
      ),
    );
  }
  return out;
}

/** A cell of `plainTable`: its text, bold or not. */
export type PlainCell = string | { text: string; bold: boolean };

/**
 * A table of text the width of the page, its header row in bold and repeated on every page; an empty cell shows `—`.
 * The pair report's document facts and the history's versions.
 */
export function plainTable(docx: DocxLibrary, header: readonly string[], rows: ReadonlyArray<readonly PlainCell[]>): InstanceType<DocxLibrary['Table']> {
  const { Paragraph, TextRun, Table, TableRow, TableCell, WidthType } = docx;
  const cell = (value: PlainCell): InstanceType<DocxLibrary['TableCell']> => {
    const { text, bold } = typeof value === 'string' ? { text: value, bold: false } : value;
    return new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: clean(text || '—'), bold })] })] });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [new TableRow({ tableHeader: true, children: header.map((text) => cell({ text, bold: true })) }), ...rows.map((row) => new TableRow({ children: row.map(cell) }))],
  });
}

/**
 * Number the bookmarks 1, 2, 3 … in the order they open: the docx library takes their ids from a counter that lives as
 * long as the process, so a second document rendered in one process would differ from the first by its ids alone.
 */
export function renumberBookmarks(xml: string): string {
  const ids = new Map<string, number>();
  return xml.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g, (_match, before: string, id: string, after: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${before}${ids.get(id)}${after}`;
  });
}

/**
 * Make the package depend on the input only. The docx library stamps the zip entries and docProps/core.xml with the
 * clock: every part is written again with the revision date (else 1980-01-01), core.xml's created and modified times
 * become that date (or go), and the placeholder date of changes without one is removed, so Word shows no false date.
 */
/** The random relationship ids of a package's hyperlinks (`w:hyperlink r:id`), each mapped to `rIdLink<n>` in reading order. */
async function hyperlinkIds(source: import('jszip')): Promise<Map<string, string>> {
  const document = source.file('word/document.xml');
  const ids = new Map<string, string>();
  if (!document) return ids;
  const xml = await document.async('string');
  for (const match of xml.matchAll(/<w:hyperlink\b[^>]*\br:id="([^"]+)"/g)) if (!ids.has(match[1])) ids.set(match[1], `rIdLink${ids.size + 1}`);
  return ids;
}

export async function normalizePackage(packed: Uint8Array, date: string | null): Promise<Uint8Array> {
  const { default: JSZip } = await import('jszip');
  const source = await JSZip.loadAsync(packed);
  const target = new JSZip();
  const stamp = date ? new Date(date) : ZIP_EPOCH;
  // The writer names each external hyperlink's relationship at random: renumbered in reading order, so the same
  // document gives the same bytes.
  const links = await hyperlinkIds(source);
  for (const name of Object.keys(source.files)) {
    const entry = source.files[name];
    if (entry.dir) continue;
    let content: string | Uint8Array = await entry.async('uint8array');
    if (links.size > 0 && (name === 'word/document.xml' || name === 'word/_rels/document.xml.rels')) {
      const attribute = name === 'word/document.xml' ? 'r:id' : 'Id';
      content = new TextEncoder().encode(new TextDecoder().decode(content).replace(new RegExp(`${attribute}="([^"]+)"`, 'g'), (whole, id: string) => (links.has(id) ? `${attribute}="${links.get(id)}"` : whole)));
    }
    if (name.endsWith('.xml')) {
      let xml = new TextDecoder().decode(content);
      if (name === 'docProps/core.xml') {
        xml = date
          ? xml.replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:(?:created|modified)>)/g, `$1${date}$2`)
          : xml.replace(/<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g, '');
      }
      if (!date) xml = xml.split(` w:date="${NO_DATE}"`).join('');
      if (name === 'word/document.xml') xml = renumberBookmarks(xml);
      content = xml;
    }
    target.file(name, content, { date: stamp, createFolders: false });
  }
  return target.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
