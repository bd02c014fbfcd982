import type { Paragraph as DocxParagraph } from 'docx';
import type { Digest } from '../types.js';
import { digestSummary, digestWording, sinceNote, memoEntries, memoLines, seriesFacts, seriesGapNote, stepTitle, stepVerdict } from './digest.js';
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
  const { Document, HeadingLevel, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, Bookmark, InternalHyperlink, ExternalHyperlink } = docx;
  const span = dateSpan(digest);
  const wording = digestWording(digest);
  const children: Array<DocxParagraph | InstanceType<typeof Table>> = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(wording.title)] }),
    new Paragraph({ children: [new TextRun({ text: clean(`redline digest${span ? ` of texts dated ${span}` : ''}: each change${wording.negotiated ? ' by the label negotiators cite' : ''}, with its signals.`), italics: true })] }),
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun(clean(digestSummary(digest)))] }),
  ];
  const since = sinceNote(digest);
  if (since) children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: clean(since), bold: true })] }));
  // The contents first: a desk officer attaching the digest sees on its first pages which series moved and how much,
  // each title a link to its section (a 90-page document otherwise opened on the first series' lines).
  const cell = (runs: Array<InstanceType<typeof TextRun> | InstanceType<typeof InternalHyperlink>>, column: number): InstanceType<typeof TableCell> =>
    new TableCell({
      width: { size: CONTENTS_COLUMNS[column], type: WidthType.DXA },
      margins: { top: 10, bottom: 10, left: 60, right: 60 },
      children: [new Paragraph({ alignment: column > 0 ? 'right' : undefined, children: runs })],
    });
  const text = (value: string, bold = false): InstanceType<typeof TextRun> => new TextRun({ text: clean(value), bold, size: 18 });
  children.push(
    new Table({
      width: { size: CONTENTS_COLUMNS.reduce((total, width) => total + width, 0), type: WidthType.DXA },
      columnWidths: [...CONTENTS_COLUMNS],
      rows: [
        new TableRow({ tableHeader: true, children: [cell([text('Series', true)], 0), cell([text('Steps', true)], 1), cell([text('Technical updates', true)], 2), cell([text('Changes listed', true)], 3)] }),
        ...digest.series.map((series, k) => {
          const contents = seriesContents(series);
          return new TableRow({
            cantSplit: true,
            children: [
              cell([new InternalHyperlink({ anchor: seriesAnchor(k), children: [text(series.title)] })], 0),
              cell([text(String(contents.steps))], 1),
              cell([text(String(contents.technical))], 2),
              cell([text(contents.negotiated)], 3),
            ],
          });
        }),
      ],
    }),
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
      // one line; the signals (after the dash) in grey italics.
      // The line's place (`OP 10 → OP 11`) links to its row in the pair report, as in the index (a path relative to the
      // batch folder, where digest.docx is written: Word opens it beside the document).
      for (const { text: line, href } of memoEntries(step.lines)) {
        const dash = line.indexOf(' — ');
        const body = dash === -1 ? line : line.slice(0, dash);
        const colon = body.indexOf(': ');
        const lead = href && colon > 0 ? body.slice(0, colon) : '';
        const runs: Array<InstanceType<typeof TextRun> | InstanceType<typeof ExternalHyperlink>> = [];
        if (lead) runs.push(new ExternalHyperlink({ link: href!, children: [new TextRun({ text: clean(lead), color: '0B5CAD', underline: {} })] }));
        runs.push(new TextRun(clean(body.slice(lead.length))));
        if (dash !== -1) runs.push(new TextRun({ text: clean(line.slice(dash)), italics: true, color: '555555' }));
        children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
      }
    }
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

/** The contents' columns in twips (title, steps, technical updates, negotiated changes): the A4 text width of 2 cm margins. */
const CONTENTS_COLUMNS = [6038, 700, 1100, 1800] as const;

/** The bookmark of the `k`th series' heading, the contents' link to it. */
function seriesAnchor(k: number): string {
  return `series-${k + 1}`;
}

/**
 * A series' row of the contents: its steps, the steps that were technical updates (some change, all of it routine or
 * editorial, as the index counts them), and the negotiated changes its steps
 * list (the column says "Changes listed": it counts changes, where the index's "negotiated steps" counts steps; trial
 * 16a read "Negotiated changes listed" 3 beside "steps with negotiated changes" 2 as one count), named as each step's verdict names them (`71 in 35 lines` when the memo folds runs of new or dropped paragraphs):
 * a desk officer counted 35 bullets under a column that said 71.
 */
function seriesContents(series: Digest['series'][number]): { steps: number; negotiated: string; technical: number } {
  const changes = series.steps.reduce((total, step) => total + step.lines.length, 0);
  const shown = series.steps.reduce((total, step) => total + memoLines(step.lines).length, 0);
  return {
    steps: series.steps.length,
    negotiated: shown < changes ? `${changes} in ${shown} ${shown === 1 ? 'line' : 'lines'}` : String(changes),
    // A step with no change at all is no update: counted as the index counts technical updates (routine or editorial only).
    technical: series.steps.filter((step) => step.technicalUpdate && step.routine + step.editorial > 0).length,
  };
}

/** `2023-12-04 to 2025-12-22`: the oldest and newest dates of the versions the digest names, or null when none is known. */
function dateSpan(digest: Digest): string | null {
  const dates = digest.series.flatMap((series) => series.steps.flatMap((step) => [step.older.date, step.newer.date])).filter((date): date is string => date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date)).sort();
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
