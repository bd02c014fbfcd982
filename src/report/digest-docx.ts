import type { Paragraph as DocxParagraph } from 'docx';
import type { Digest } from '../types.js';
import { digestSummary, memoLines, seriesFacts, stepTitle, stepVerdict } from './digest.js';
import { clean, normalizePackage, REVISION_AUTHOR } from './docx.js';

/**
 * `digest.docx`: the digest as a Word document, what a desk officer pastes into (or attaches to) a memo: a heading per
 * series, its committee and agenda item, each step in bold with its verdict, a bullet per negotiated change with its
 * signals in italics. The Markdown digest pastes into Word with its `##` and `-`; this one arrives as headings and
 * bullets. The same digest gives the same bytes: the package is dated by the newest version the digest names.
 * A line's signals are those `digest.md` lists; the title says which dates the texts span.
 */
export async function renderDigestDocx(digest: Digest): Promise<Uint8Array> {
  const docx = await import('docx');
  const { Document, HeadingLevel, Paragraph, TextRun } = docx;
  const span = dateSpan(digest);
  const children: DocxParagraph[] = [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('What was negotiated')] }),
    new Paragraph({ children: [new TextRun({ text: clean(`redline digest${span ? ` of texts dated ${span}` : ''}: each change by the label negotiators cite, with its signals.`), italics: true })] }),
    new Paragraph({ spacing: { after: 160 }, children: [new TextRun(clean(digestSummary(digest)))] }),
  ];
  for (const series of digest.series) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 280, after: 60 }, children: [new TextRun(clean(series.title))] }));
    const facts = seriesFacts(series);
    if (facts) children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: clean(facts), italics: true })] }));
    if (series.steps.length === 0) children.push(new Paragraph('No compared pair.'));
    for (const step of series.steps) {
      children.push(
        new Paragraph({
          spacing: { before: 120 },
          keepNext: step.lines.length > 0,
          children: [new TextRun({ text: clean(stepTitle(step)), bold: true }), new TextRun(clean(`: ${stepVerdict(step, true)}`))],
        }),
      );
      // As in digest.md (`memoLines`): the line's signals as it carries them, and a run of new or dropped paragraphs
      // one line; the signals (after the dash) in grey italics.
      for (const line of memoLines(step.lines)) {
        const dash = line.indexOf(' — ');
        const runs = [new TextRun(clean(dash === -1 ? line : line.slice(0, dash)))];
        if (dash !== -1) runs.push(new TextRun({ text: clean(line.slice(dash)), italics: true, color: '555555' }));
        children.push(new Paragraph({ bullet: { level: 0 }, children: runs }));
      }
    }
  }
  const document = new Document({
    creator: REVISION_AUTHOR,
    lastModifiedBy: REVISION_AUTHOR,
    title: 'What was negotiated',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 21 } } } },
    sections: [{ children }],
  });
  return normalizePackage(await docx.Packer.toBuffer(document), newestDate(digest));
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
