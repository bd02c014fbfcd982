import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from 'pdf-lib';

/** A4 in points, with the UN's 1-inch side margins. */
const PAGE = { width: 595, height: 842 };
const LEFT = 72;
const RIGHT = 523;
const BODY = 10;
const LEADING = 12;
const PARAGRAPH_GAP = 6;

/** A paragraph: its printed lines (the last one is not justified), an optional label set in the margin with a tab. */
export interface ParagraphSpec {
  label?: string;
  /** Printed lines; `word^1` draws the 1 as a raised footnote mark after the word. */
  lines: string[];
  /** Indent of the whole paragraph (sub-paragraphs). */
  indent?: number;
}

/** A page: running furniture at the edges, the paragraphs in flow, and footnotes at the foot. */
export interface PageSpec {
  header?: { text: string; align: 'left' | 'right' };
  footer?: Array<{ text: string; align: 'left' | 'right' }>;
  paragraphs: ParagraphSpec[];
  footnotes?: Array<{ number: string; lines: string[] }>;
}

/**
 * Typeset pages the way a UN document looks: Times 10 pt, justified lines (each word its own text run, as word
 * processors emit them), labels in the margin, superscript marks written `^1` in a line, 8 pt footnotes at the foot.
 */
export async function buildPdf(pages: PageSpec[], title?: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (title) doc.setTitle(title);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  for (const spec of pages) {
    const page = doc.addPage([PAGE.width, PAGE.height]);
    if (spec.header) drawAligned(page, font, spec.header.text, spec.header.align, 800, BODY);
    for (const item of spec.footer ?? []) drawAligned(page, font, item.text, item.align, 40, 8);
    let y = 760;
    for (const paragraph of spec.paragraphs) {
      const left = LEFT + (paragraph.indent ?? 0);
      paragraph.lines.forEach((line, index) => {
        if (index === 0 && paragraph.label) page.drawText(paragraph.label, { x: left, y, size: BODY, font });
        const x = index === 0 && paragraph.label ? left + 36 : left;
        const last = index === paragraph.lines.length - 1;
        drawJustified(page, font, line, x, last ? null : RIGHT, y, BODY);
        y -= LEADING;
      });
      y -= PARAGRAPH_GAP;
    }
    let noteY = 60 + 10 * (spec.footnotes ?? []).reduce((sum, note) => sum + note.lines.length, 0);
    for (const note of spec.footnotes ?? []) {
      note.lines.forEach((line, index) => {
        if (index === 0) page.drawText(note.number, { x: LEFT, y: noteY + 3, size: 6, font });
        drawJustified(page, font, line, LEFT + 8, null, noteY, 8);
        noteY -= 10;
      });
    }
  }
  return doc.save();
}

function drawAligned(page: PDFPage, font: PDFFont, text: string, align: 'left' | 'right', y: number, size: number): void {
  const x = align === 'left' ? LEFT : RIGHT - font.widthOfTextAtSize(text, size);
  page.drawText(text, { x, y, size, font });
}

/** Draw words spread to end at `right` (null: natural spacing); `word^1` draws the 1 as a raised 6 pt mark. */
function drawJustified(page: PDFPage, font: PDFFont, line: string, x: number, right: number | null, y: number, size: number): void {
  const words = line.split(' ').map((word) => {
    const [text, mark] = word.split('^');
    return { text, mark, width: font.widthOfTextAtSize(text, size) + (mark ? font.widthOfTextAtSize(mark, 6) : 0) };
  });
  const natural = words.reduce((sum, word) => sum + word.width, 0) + font.widthOfTextAtSize(' ', size) * (words.length - 1);
  if (right !== null && x + natural > right) throw new Error(`line too long for the column: ${line}`);
  const space = right === null || words.length < 2 ? font.widthOfTextAtSize(' ', size) : (right - x - natural) / (words.length - 1) + font.widthOfTextAtSize(' ', size);
  let at = x;
  for (const word of words) {
    page.drawText(word.text, { x: at, y, size, font });
    if (word.mark) page.drawText(word.mark, { x: at + font.widthOfTextAtSize(word.text, size), y: y + 3.5, size: 6, font });
    at += word.width + space;
  }
}

/** A two-page report in the UN's layout: symbol header, job-number footer, page numbers, footnotes, a paragraph over the page break. */
export function unStyleReport(): Promise<Uint8Array> {
  return buildPdf([
    {
      header: { text: 'A/78/265', align: 'right' },
      footer: [{ text: '23-14999 (E) 040823', align: 'left' }],
      paragraphs: [
        { label: 'I.', lines: ['Introduction'] },
        {
          label: '1.',
          lines: [
            'The Open-ended working group on security of and in the use of information',
            'and communications technologies held its fifth session in New York.',
          ],
        },
        {
          label: '2.',
          lines: [
            'States stressed that the use of ICTs must be consistent with international law',
            'and reaffirmed their commitment to maintaining international peace and security.^1',
            'They welcomed the informal consultations held in a hybrid format.',
          ],
        },
        {
          label: '3.',
          lines: [
            'States recalled the importance of capacity-building and of exchanging infor-',
            'mation on threats, and stressed the need for inclusive, transparent and State-',
            'led initiatives.',
          ],
        },
        {
          label: '4.',
          lines: [
            'The Group noted that the threat landscape continued to evolve and that malicious',
            'ICT activities against critical infrastructure and critical information infra-',
          ],
        },
      ],
      footnotes: [{ number: '1', lines: ['See resolution 75/240 of 31 December 2020, para. 2, and the final', 'report of the previous Group (A/75/816, annex I).'] }],
    },
    {
      header: { text: 'A/78/265', align: 'left' },
      footer: [
        { text: '2/2', align: 'left' },
        { text: '23-14999', align: 'right' },
      ],
      paragraphs: [
        {
          lines: [
            'structure were of growing concern to all States.2 It recommended that States',
            'continue to exchange views on existing and potential threats.',
          ],
        },
        { label: '5.', lines: ['States proposed the following:'] },
        { label: '(a)', indent: 36, lines: ['to develop confidence-building measures at the regional and sub-', 'regional levels;'] },
        { label: '(b)', indent: 36, lines: ['to establish a global, intergovernmental points of contact directory.'] },
      ],
      footnotes: [{ number: '2', lines: ['See A/77/275, para. 12.'] }],
    },
  ], 'A/78/265 - E - A/78/265 -Desktop');
}
