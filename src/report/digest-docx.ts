import type { Paragraph as DocxParagraph } from 'docx';
import type { Digest } from '../types.js';
import { committeeNote, committeeShort, digestNotes, digestSummary, digestWording, duplicatesNote, routineNoteText, sinceNote, memoEntries, memoLines, seriesFacts, seriesGapNote, stepTitle, stepVerdict } from './digest.js';
import { clean, normalizePackage, REVISION_AUTHOR } from './docx.js';
import { memoWarningText } from './labels.js';

/**
 * `digest.docx`: the digest as a Word document, what a desk officer pastes into (or attaches to) a memo: a heading per
 * series, its committee and agenda item, each step in bold with its verdict, a bullet per negotiated change with its
 * signals in italics. The Markdown digest pastes into Word with its `##` and `-`; this one arrives as headings and
 * bullets. It opens with the series' contents (steps, technical updates, negotiated changes in the lines that carry them), set compact (10 points,
 * single lines). The same digest gives the same bytes: the package is dated by the newest version the digest names.
 * A line's signals are those `digest.md` lists; the title says which dates the texts span.
 */
export async function renderDigestDocx(digest: Digest): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, HeadingLevel, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Bookmark, InternalHyperlink } = docx;
  const span = dateSpan(digest);
  const wording = digestWording(digest);
  const children: Array<DocxParagraph | InstanceType<typeof Table>> = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.title)] }),
    new Paragraph({ children: [new TextRun({ text: clean(`redline digest${span ? (digest.since ? ` of the steps to texts dated ${span}` : ` of texts dated ${span}`) : ''}: each change${wording.negotiated ? ' by the label negotiators cite' : ''}, with its signals.`), italics: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(clean(digestSummary(digest)))] }),
  ];
  const since = sinceNote(digest);
  if (since) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(since), bold: true })] }));
  const copies = duplicatesNote(digest);
  if (copies) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(copies) })] }));
  const committees = committeeNote(digest);
  if (committees) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(committees), bold: true })] }));
  // A committee column when the documents name their committees (UN series): a memo on "the Second and Third
  // Committees" read the contents without knowing which series was whose (trial 19a D10).
  const withCommittee = digest.series.some((series) => series.committee !== null);
  const columns: readonly number[] = withCommittee ? CONTENTS_COLUMNS_WITH_COMMITTEE : CONTENTS_COLUMNS;
  // The contents first: a desk officer attaching the digest sees on its first pages which series moved and how much,
  // each title a link to its section (a 90-page document otherwise opened on the first series' lines).
  const cell = (runs: Array<InstanceType<typeof TextRun> | InstanceType<typeof InternalHyperlink>>, column: number): InstanceType<typeof TableCell> =>
    new TableCell({
      width: { size: columns[column], type: WidthType.DXA },
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
      children: [new Paragraph({ alignment: column > (withCommittee ? 1 : 0) ? 'right' : undefined, children: runs })],
    });
  const text = (value: string, bold = false): InstanceType<typeof TextRun> => new TextRun({ text: clean(value), bold, size: 18 });
  children.push(
    new Table({
      width: { size: columns.reduce((total, width) => total + width, 0), type: WidthType.DXA },
      columnWidths: [...columns],
      rows: [
        new TableRow({
          tableHeader: true,
          children: [cell([text('Series', true)], 0), ...(withCommittee ? [cell([text('Committee', true)], 1)] : []), ...['Steps', 'Technical updates', `${capitalized(wording.changes)} changes`, 'Lines'].map((head, k) => cell([text(head, true)], k + (withCommittee ? 2 : 1)))],
        }),
        ...digest.series.map((series, k) => {
          const contents = seriesContents(series);
          const counts = [contents.steps, contents.technical, contents.changes, contents.lines];
          return new TableRow({
            cantSplit: true,
            children: [
              cell([new InternalHyperlink({ anchor: seriesAnchor(k), children: [text(series.title)] })], 0),
              ...(withCommittee ? [cell([text(committeeShort(series.committee))], 1)] : []),
              ...counts.map((count, c) => cell([text(String(count))], c + (withCommittee ? 2 : 1))),
            ],
          });
        }),
      ],
    }),
    // The two counts differ where a line carries several changes: said once, under the table (a desk officer read "93 in
    // 86 lines" beside "28" in one column as two kinds of count, trial 17-a D14).
    new Paragraph({ spacing: { before: 60, after: 120 }, children: [new TextRun({ text: clean(`${capitalized(wording.changes)} changes are counted one per paragraph changed; a line below can carry several (a run of new or dropped paragraphs, a term replaced throughout).`), italics: true, size: 18 })] }),
  );
  for (const [k, series] of digest.series.entries()) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_2,
        keepNext: true,
        spacing: { before: 200, after: 40 },
        children: [new Bookmark({ id: seriesAnchor(k), children: [new TextRun(clean(series.title))] })],
      }),
    );
    const facts = seriesFacts(series);
    if (facts) children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: clean(facts), italics: true })] }));
    const gap = seriesGapNote(series);
    if (gap) children.push(new Paragraph({ keepNext: series.steps.length > 0, children: [new TextRun(clean(gap))] }));
    for (const step of series.steps) {
      children.push(
        new Paragraph({
          spacing: { before: 80 },
          keepNext: step.lines.length > 0,
          children: [new TextRun({ text: clean(stepTitle(step)), bold: true }), new TextRun(clean(`: ${stepVerdict(step, true, digestWording(series))}`))],
        }),
      );
      for (const warning of step.warnings ?? []) children.push(new Paragraph({ keepNext: step.lines.length > 0, children: [new TextRun({ text: 'Warning: ', bold: true }), new TextRun(clean(memoWarningText(warning)))] }));
      // As in digest.md (`memoLines`): the line's signals as it carries them, and a run of new or dropped paragraphs
      // one line; the signals (after the dash) in grey italics. The place (`OP 10 → OP 11`) is plain text, not a link to
      // the pair report's row: a relative link (`pairs/…html#r-29`) works only beside the batch folder, and a desk officer
      // pastes the memo into a note mailed or filed elsewhere, where each of 602 links was dead (trial 17-a D14). The
      // index links every line.
      for (const { text: line } of memoEntries(step.lines)) {
        const dash = line.indexOf(' — ');
        const body = dash === -1 ? line : line.slice(0, dash);
        const runs: Array<InstanceType<typeof TextRun>> = [new TextRun(clean(body))];
        if (dash !== -1) runs.push(new TextRun({ text: clean(line.slice(dash)), italics: true, color: '555555' }));
        children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
      }
      // Not a bullet: no negotiated change, a routine class named (`DigestStep.routineNotes`).
      for (const note of step.routineNotes ?? []) children.push(new Paragraph({ children: [new TextRun({ text: clean(routineNoteText(note)), italics: true, color: '555555' })] }));
    }
  }
  // The documents' notes (a mojibake repair) once each, at the end: not news to the memo's reader (trial 20-b D10).
  const notes = digestNotes(digest);
  if (notes.length > 0) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 60 }, children: [new TextRun('Notes')] }));
    for (const note of notes) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun({ text: clean(note), color: '555555' })] }));
  }
  const document = new Document({
    creator: REVISION_AUTHOR,
    lastModifiedBy: REVISION_AUTHOR,
    title: wording.title,
    // Compact: 10-point text, single lines with no space after a paragraph, margins of 2 cm.
    styles: { default: { document: { run: { font: 'Times New Roman', size: 20 }, paragraph: { spacing: { after: 0, line: 240 } } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  return normalizePackage(await docx.Packer.toBuffer(document), newestDate(digest));
}

/**
 * The contents' columns in twips (title, steps, technical updates, changes, lines): the A4 text width of 2 cm margins.
 * Each count column is wide enough for its bold header's longest word ("Substantive"), so LibreOffice breaks no header
 * inside a word (trial 17-a D14: "Technica / l updates" at 1,100).
 */
const CONTENTS_COLUMNS = [4838, 700, 1400, 1500, 1200] as const;

/** The same with a committee column (`Second`, `Plenary`) after the series' title, taken from the title's width. */
const CONTENTS_COLUMNS_WITH_COMMITTEE = [3338, 1500, 700, 1400, 1500, 1200] as const;

/** `Negotiated` from `negotiated`. */
function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The bookmark of the `k`th series' heading, the contents' link to it. */
function seriesAnchor(k: number): string {
  return `series-${k + 1}`;
}

/**
 * A series' row of the contents: its steps, the steps that were technical updates (some change, all of it routine or
 * editorial, as the index counts them), the negotiated changes its steps list (one per paragraph changed, as each step's
 * verdict counts them; the index's "negotiated steps" counts steps) and the memo lines that carry them: two columns of
 * one kind of number each, where one column said "71 in 35 lines" in one row and "28" in the next (trial 17-a D14).
 */
function seriesContents(series: Digest['series'][number]): { steps: number; changes: number; lines: number; technical: number } {
  return {
    steps: series.steps.length,
    changes: series.steps.reduce((total, step) => total + step.lines.length, 0),
    lines: series.steps.reduce((total, step) => total + memoLines(step.lines).length, 0),
    // A step with no change at all is no update: counted as the index counts technical updates (routine or editorial only).
    technical: series.steps.filter((step) => step.technicalUpdate && step.routine + step.editorial > 0).length,
  };
}

/**
 * `2023-12-04 to 2025-12-22`: the oldest and newest dates of the versions the digest names, or null when none is known.
 * A digest restricted by date (`Digest.since`) spans its steps' newer texts only: the older text of its earliest step
 * put "texts dated 2024-10-15 to 2025-12-30" above "Only the steps to a text dated 2025-09-09 or later" (trial 19a D12).
 */
function dateSpan(digest: Digest): string | null {
  const dates = digest.series.flatMap((series) => series.steps.flatMap((step) => (digest.since ? [step.newer.date] : [step.older.date, step.newer.date]))).filter((date): date is string => date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date)).sort();
  if (dates.length === 0) return null;
  return dates[0] === dates[dates.length - 1] ? dates[0] : `${dates[0]} to ${dates[dates.length - 1]}`;
}

/** The newest date of any version in the digest, as the package's date (midnight UTC), or null when none is known. */
function newestDate(digest: Digest): string | null {
  let newest: string | null = null;
  for (const series of digest.series) {
    for (const step of series.steps) {
      for (const date of [step.older.date, step.newer.date]) if (date && /^\d{4}-\d{2}-\d{2}$/.test(date) && (newest === null || date > newest)) newest = date;
    }
  }
  return newest === null ? null : `${newest}T00:00:00Z`;
}
