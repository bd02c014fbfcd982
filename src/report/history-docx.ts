import type { FileChild, ParagraphChild } from 'docx';
import type { HistoryResult } from '../types.js';
import { clean, houseDocument, normalizePackage, type PlainCell } from './docx.js';
import { isRightToLeft } from './direction.js';
import { transpositionsLine } from './history-labels.js';
import { DOCUMENT_NOTES, documentNoteLines, warningText } from './labels.js';
import { buildHistoryViewModel, type HistoryPositionView } from './history-view-model.js';
import type { DiffSegment } from './view-model.js';

/** How `renderHistoryDocx` writes: the date to stamp when no version carries one. */
export interface HistoryDocxOptions {
  /** ISO 8601 time of the file's parts when no version states a date (the CLI passes SOURCE_DATE_EPOCH); never the clock. */
  fallbackDate?: string | null;
}

/** The docx library, loaded on first use. */
type DocxLibrary = typeof import('docx');

/**
 * `redline history … -o history.docx`: the history as a Word document for a memo, in the house style of the pair
 * report (`houseDocument`), read off the page's view model: the versions table (version, symbol, date, status), the
 * counts, the document facts that changed, then each position with its timeline line and its text, and each step that
 * changed it with its word diff. The changes are formatting, not tracked changes (a position has one diff per step, not
 * one text to accept): deleted words struck through, inserted words bold and underlined, so they show in black-and-white
 * print. The same history gives the same bytes: the package is dated by the newest version.
 */
export async function renderHistoryDocx(result: HistoryResult, options: HistoryDocxOptions = {}): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Paragraph, TextRun, HeadingLevel } = docx;
  const model = buildHistoryViewModel(result);
  const line = (label: string, text: string): FileChild => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: `${label} `, bold: true }), new TextRun(clean(text))] });
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(clean(`History: ${model.heading}`))] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(model.subheading), italics: true })] }),
    // Every warning under the title, as the pair memo puts them on its first page: "is 3 % similar to the version before
    // it … two texts rather than two versions of one?" was in every format of Cuba's history but the Word one (trial 16b).
    ...result.warnings.filter((warning) => !DOCUMENT_NOTES.has(warning.code)).map((warning) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: 'Warning: ', bold: true }), new TextRun(clean(warningText(warning)))] })),
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Versions')] }),
  ];
  // A Symbol column only when a version has one: FOMC statements had a column of dashes beside ids cut mid-date (trial 15c).
  const symbols = model.versions.some((version) => version.symbol);
  const header = ['#', 'Version', ...(symbols ? ['Symbol'] : []), 'Date', ...(model.hasStatus ? ['Status'] : []), ...(model.titlesDiffer ? ['Title'] : [])];
  const rows = model.versions.map((version): PlainCell[] => [
    String(version.number),
    { text: version.name, bold: true },
    ...(symbols ? [version.symbol ?? ''] : []),
    version.date ?? '',
    ...(model.hasStatus ? [version.status] : []),
    ...(model.titlesDiffer ? [version.title] : []),
  ]);
  // Widths by what a column holds ("#" narrow, the title wide): four equal columns wrapped each of Cuba's titles over
  // 4–6 lines and ran the 10-row table onto page 2 (trial 16b).
  const weights = header.map((name) => VERSION_COLUMN_WEIGHTS[name] ?? 3);
  children.push(versionsTable(docx, header, rows, weights));
  if (model.nameNote) children.push(new Paragraph({ spacing: { before: 80 }, children: [new TextRun({ text: clean(model.nameNote), italics: true })] }));
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Summary')] }));
  // The counts as the text output words them ("positions 38 · changed 24 · …"; was "Positions: positions 38", trial 15b).
  children.push(new Paragraph({ spacing: { after: 80 }, children: [new TextRun(clean(model.figures.map((figure) => `${figure.label} ${figure.value}`).join(' · ')))] }));
  // What each step changed, before the positions (trial 17b D14): its counts, then its key changes as `compare` ranks
  // them, each with the number of its position; the tone in words, as black-and-white print loses colour.
  if (model.stepSummaries.length) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Key changes by step')] }));
    for (const step of model.stepSummaries) {
      children.push(new Paragraph({ keepNext: step.keyChanges.length > 0, spacing: { before: 80, after: 40 }, children: [new TextRun({ text: clean(step.heading), bold: true }), new TextRun(clean(`: ${step.counts}`))] }));
      for (const change of step.keyChanges) {
        children.push(new Paragraph({ indent: { left: 360, hanging: 240 }, spacing: { after: 40 }, children: [new TextRun(clean(`${change.number === null ? '• ' : `${change.number}. `}${change.text}`))] }));
      }
      if (step.more) children.push(new Paragraph({ indent: { left: 360 }, spacing: { after: 40 }, children: [new TextRun({ text: clean(step.more), italics: true })] }));
    }
  }
  // Every position has its heading with the number the data gives it (`positions[].number`), the one the page, the
  // Markdown and the text show: numbered from the first labelled one, Word's "21. PP 14" was the page's "22. PP 14"
  // (trial 17b D17). The formula and title lines too, as on the page: without "1. formula (Unchanged)" (left out since
  // trial 16a) the positions opened on a timeline and "80/128: The General Assembly," under no heading, then "2. PP 1"
  // (trial 19a D11).
  if (model.transpositions.length) children.push(line("Moved against the others' order:", model.transpositions.map((move) => `#${move.number} ${move.place} in ${move.version}`).join('; ')));
  for (const step of model.factSteps) {
    children.push(line(`Document facts, ${step.heading}:`, [...(step.adoptedUnchanged ? ['adopted without textual change'] : []), ...step.facts.map((fact) => `${fact.label.toLowerCase()}: ${fact.left || '—'} → ${fact.right || '—'}`)].join('; ')));
  }
  children.push(
    new Paragraph({
      spacing: { before: 120, after: 120 },
      children: [
        new TextRun({ text: 'Each position follows with its timeline and its text in the newest version that holds it, then each step that changed it: ', italics: true }),
        new TextRun({ text: 'deleted words struck through', strike: true, italics: true }),
        new TextRun({ text: ', ', italics: true }),
        ...marked({ op: 'insert', text: 'inserted words bold and underlined' }, true),
        new TextRun({ text: '.', italics: true }),
      ],
    }),
  );
  // The positions follow the summary on its page: after a long versions table a page break left page 2 with three lines (trial 15c).
  children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Positions')] }));
  if (model.collapsedNote) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(model.collapsedNote), bold: true })] }));
  for (const position of model.positions) children.push(...positionParagraphs(docx, position));
  // A document's own notes (a mojibake repair) once each, at the end, not on the first page (trial 20-b D10).
  const notes = documentNoteLines(result.warnings);
  if (notes.length) children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Notes')] }), ...notes.map((note) => new Paragraph({ spacing: { after: 80 }, children: [new TextRun(clean(note))] })));
  const document = houseDocument(docx, { title: model.pageTitle, description: `${result.tool.name} ${result.tool.version}`, runningHead: model.runningHead, children });
  return normalizePackage(await docx.Packer.toBuffer(document), newestDate(result) ?? options.fallbackDate ?? null);

  /** A run of a word diff: kept as it is, deleted struck through, inserted bold and underlined. */
  function marked(segment: DiffSegment, italics = false, rightToLeft = false): ParagraphChild[] {
    const run = { text: clean(segment.text), ...(italics ? { italics } : {}), ...(rightToLeft ? { rightToLeft } : {}) };
    if (segment.op === 'delete') return [new TextRun({ ...run, strike: true })];
    if (segment.op === 'insert') return [new TextRun({ ...run, bold: true, underline: {} })];
    return [new TextRun(run)];
  }

  /** One position: its number, place and tags as a heading, its timeline, its text, then each step that changed it. */
  function positionParagraphs(library: DocxLibrary, position: HistoryPositionView): FileChild[] {
    const { Paragraph: P } = library;
    const tags = position.badges.map((badge) => badge.label).join(', ');
    // The heading and the timeline keep with the text, and the text's lines together: with keepNext alone LibreOffice
    // left "11. PP 10 (Editorial)" at the foot of page 3 of the Arms Trade Treaty history, its text on page 4.
    const out: FileChild[] = [
      new P({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(clean(`${position.number}. ${position.place}`)), new TextRun(clean(`  (${tags})`))] }),
      new P({ keepNext: true, spacing: { after: 60 }, children: [new TextRun({ text: clean(position.timeline), italics: true })] }),
      // An Arabic or Hebrew text is laid out right to left (`w:bidi`, its runs `w:rtl`), as the HTML's `dir="auto"` does.
      new P({
        spacing: { after: 120 },
        keepLines: true,
        ...(isRightToLeft(position.text) ? { bidirectional: true } : {}),
        children: [new TextRun({ text: clean(`${position.textVersion}: `), bold: true }), new TextRun({ text: clean(position.text.replace(/\n\n/g, ' ¶ ')), ...(isRightToLeft(position.text) ? { rightToLeft: true } : {}) })],
      }),
    ];
    for (const step of position.steps) {
      const facts = [step.kind, ...(step.similarity ? [`similarity ${step.similarity}`] : [])].join(', ');
      const signals = step.signals.map((signal) => signal.summary).join('; ');
      out.push(
        new P({
          keepNext: step.segments.length > 0,
          indent: { left: 360 },
          spacing: { after: 40 },
          children: [new TextRun({ text: clean(step.heading), bold: true }), new TextRun(clean(`: ${facts}`)), ...(signals ? [new TextRun({ text: clean(` — ${signals}`), italics: true })] : [])],
        }),
      );
      const rightToLeft = isRightToLeft(step.segments.map((segment) => segment.text).join(''));
      if (step.segments.length) out.push(new P({ indent: { left: 360 }, spacing: { after: 120 }, ...(rightToLeft ? { bidirectional: true } : {}), children: step.segments.flatMap((segment) => marked(segment, false, rightToLeft)) }));
    }
    return out;
  }
}

/** The relative width of each column of the versions table, by its header. */
const VERSION_COLUMN_WEIGHTS: Readonly<Record<string, number>> = { '#': 1, Version: 4, Symbol: 4, Date: 3, Status: 3, Title: 10 };

/** The text width of the house page in twentieths of a point: the docx library's default page (A4, 11,906 twips wide, 1-inch margins). */
const TEXT_WIDTH_TWIPS = 11906 - 2 * 1440;

/** The versions table: a header row and plain cells, fixed column widths in proportion to `weights`. */
function versionsTable(docx: DocxLibrary, header: readonly string[], rows: ReadonlyArray<readonly PlainCell[]>, weights: readonly number[]): InstanceType<DocxLibrary['Table']> {
  const { Paragraph, TextRun, Table, TableRow, TableCell, TableLayoutType, WidthType } = docx;
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const widths = weights.map((weight) => Math.round((TEXT_WIDTH_TWIPS * weight) / total));
  const cell = (value: PlainCell, column: number): InstanceType<DocxLibrary['TableCell']> => {
    const { text, bold } = typeof value === 'string' ? { text: value, bold: false } : value;
    return new TableCell({ width: { size: widths[column], type: WidthType.DXA }, children: [new Paragraph({ children: [new TextRun({ text: clean(text || '—'), bold })] })] });
  };
  return new Table({
    width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [new TableRow({ tableHeader: true, children: header.map((text, column) => cell({ text, bold: true }, column)) }), ...rows.map((row) => new TableRow({ children: row.map(cell) }))],
  });
}

/** The newest date of the versions (midnight UTC), the package's date; null when none states one. */
function newestDate(result: HistoryResult): string | null {
  const days = result.documents.map((document) => document.date).filter((date): date is string => date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date)).sort();
  return days.length ? `${days[days.length - 1]}T00:00:00Z` : null;
}
