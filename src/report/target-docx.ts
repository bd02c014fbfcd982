import type { Paragraph as DocxParagraph } from 'docx';
import type { TargetMemo } from '../types.js';
import { clean, normalizePackage, REVISION_AUTHOR } from './docx.js';
import { percent } from './labels.js';
import { dated, droppedCell, droppedNone, earlierName, earlierSimilarity, listedDocuments, memoNaming, memoSections, memoSummary, memoTitle, notComparedNote, othersLine, clauseLine, freshLead, paragraphLead, sourceLine, unrelatedLine } from './target-memo.js';

/**
 * `target.docx`: the target memo as a Word document, what an analyst pastes into a briefing note: the summary, a table
 * of the earlier documents (the closest first: similarity, paragraphs it gives, paragraphs dropped), then what the
 * target takes (a bullet per paragraph, a sub-bullet per source with its edit, the signals in grey italics), what is
 * new, what it drops of each document compared in full. Set as `digest.docx` is (10 points, single lines, margins of
 * 2 cm). Its lines are `target.md`'s words, and as in `digest.docx` a place (`¶ 7`) is plain text, not a link to the
 * pair report's row: a relative link (`pairs/…html#r-8`) dies once the memo is mailed or filed elsewhere (trial 19-b
 * D7: 26 dead links in a memo for an ambassador); the batch index links every source. The same memo gives the same
 * bytes: the package is dated by the target's date.
 */
export async function renderTargetMemoDocx(memo: TargetMemo): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, HeadingLevel, LineRuleType, Paragraph, TextRun, Table, TableRow, TableCell, WidthType } = docx;
  const { carried, fresh, unchecked } = memoSections(memo);
  const { listed } = listedDocuments(memo);
  // Named whole once, in the table of earlier documents; by a short name (a symbol, else the id) in every line after it.
  const naming = memoNaming(memo);
  const others = othersLine(memo);
  const children: Array<DocxParagraph | InstanceType<typeof Table>> = [
    // "At least" single lines: the document's default (240, single) reads as exact in LibreOffice, and the 16-point
    // title's wrapped lines printed over each other (trial 18-a D17, brief D8).
    new Paragraph({ heading: HeadingLevel.HEADING_1, spacing: { line: 240, lineRule: LineRuleType.AT_LEAST, after: 80 }, children: [new TextRun(clean(memoTitle(memo)))] }),
    new Paragraph({ children: [new TextRun({ text: 'redline target memo: each paragraph with its earlier sources and what changed, then what is new and what the closest earlier texts hold that it drops.', italics: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(clean(memoSummary(memo)))] }),
  ];
  const heading = (text: string): DocxParagraph => new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 200, after: 40, line: 240, lineRule: LineRuleType.AT_LEAST }, children: [new TextRun(clean(text))] });
  const small = (value: string, bold = false): InstanceType<typeof TextRun> => new TextRun({ text: clean(value), bold, size: 18 });
  const cell = (value: string, column: number, bold = false): InstanceType<typeof TableCell> =>
    new TableCell({
      width: { size: EARLIER_COLUMNS[column], type: WidthType.DXA },
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
      children: [new Paragraph({ alignment: column > 0 ? 'right' : undefined, children: [small(value, bold)] })],
    });
  children.push(heading('Earlier documents, the closest first'));
  if (memo.documents.length === 0) children.push(new Paragraph({ children: [new TextRun('None: no corpus document is dated before the target.')] }));
  else if (listed.length > 0)
    children.push(
      new Table({
        width: { size: EARLIER_COLUMNS.reduce((total, width) => total + width, 0), type: WidthType.DXA },
        columnWidths: [...EARLIER_COLUMNS],
        rows: [
          new TableRow({ tableHeader: true, children: ['Document', 'Similar', 'Paragraphs it gives', 'Its paragraphs dropped'].map((text, column) => cell(text, column, true)) }),
          ...listed.map(
            (document) =>
              new TableRow({
                cantSplit: true,
                children: [cell(earlierName(document), 0), cell(earlierSimilarity(document), 1), cell(String(document.carried), 2), cell(droppedCell(document), 3)],
              }),
          ),
        ],
      }),
    );
  if (others) children.push(new Paragraph({ spacing: { before: 60 }, children: [new TextRun(clean(others))] }));
  for (const entry of memo.notChecked) children.push(new Paragraph({ children: [new TextRun(clean(`${entry.document}: not searched (${entry.reason}${entry.error ? `: ${entry.error}` : ''})`))] }));
  children.push(heading('What it takes from earlier texts'));
  if (carried.length === 0) children.push(new Paragraph({ children: [new TextRun('Nothing: no paragraph has an earlier source.')] }));
  for (const paragraph of carried) {
    children.push(new Paragraph({ bullet: { level: 0 }, keepNext: true, children: [new TextRun(clean(paragraphLead(paragraph)))] }));
    for (const source of paragraph.sources) {
      // `target.md`'s line, its signals (after the dash) in grey italics, as `digest.docx` sets a line.
      const line = sourceLine(source, naming);
      const dash = line.indexOf(' — ');
      const runs = [new TextRun(clean(dash === -1 ? line : line.slice(0, dash)))];
      if (dash !== -1) runs.push(new TextRun({ text: clean(line.slice(dash)), italics: true, color: '555555' }));
      children.push(new Paragraph({ bullet: { level: 1 }, children: runs }));
    }
    for (const clause of paragraph.clauses ?? []) children.push(new Paragraph({ bullet: { level: 1 }, children: [new TextRun(clean(clauseLine(clause, naming)))] }));
  }
  children.push(heading('New in it'));
  if (fresh.length === 0) children.push(new Paragraph({ children: [new TextRun('Nothing: every paragraph has an earlier source or was not checked.')] }));
  for (const paragraph of fresh) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(clean(freshLead(paragraph, naming)))] }));
  if (unchecked.length > 0) {
    children.push(heading('Not checked'), new Paragraph({ children: [new TextRun('No source found, but not every earlier document could be searched for these (or they are too short to search):')] }));
    for (const paragraph of unchecked) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(clean(freshLead(paragraph, naming)))] }));
  }
  children.push(heading('What it drops'));
  if (memo.dropped.length === 0)
    children.push(new Paragraph({ children: [new TextRun(droppedNone(memo))] }));
  for (const document of memo.dropped) {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 80 }, children: [new TextRun({ text: clean(dated({ name: naming(document), date: document.date })), bold: true }), new TextRun(clean(`, ${percent(document.similarity)} similar`))] }));
    if (document.unrelated) {
      children.push(new Paragraph({ children: [new TextRun(clean(unrelatedLine(document)))] }));
      continue;
    }
    for (const paragraph of document.paragraphs) {
      const runs = [new TextRun(clean(paragraphLead(paragraph)))];
      if (paragraph.routine) runs.unshift(new TextRun({ text: '(routine) ', italics: true }));
      children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
    }
  }
  const note = notComparedNote(memo);
  if (note) children.push(new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text: clean(note), italics: true })] }));
  const document = new Document({
    creator: REVISION_AUTHOR,
    lastModifiedBy: REVISION_AUTHOR,
    title: clean(memoTitle(memo)),
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 }, paragraph: { spacing: { after: 0, line: 240 } } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  const date = memo.target.date && /^\d{4}-\d{2}-\d{2}$/.test(memo.target.date) ? `${memo.target.date}T00:00:00Z` : null;
  return normalizePackage(await docx.Packer.toBuffer(document), date);
}

/** The earlier documents' columns in twips (document, similarity, paragraphs it gives, dropped): the A4 text width of 2 cm margins. */
const EARLIER_COLUMNS = [5638, 900, 1500, 1600] as const;
