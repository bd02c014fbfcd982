import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertPdf } from '../../src/ingest/pdf.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Document } from '../../src/types.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { pdfStream, rawPdf } from '../helpers/raw-pdf.js';

/**
 * A draft printed with its tracked changes shown (Word's and LibreOffice's "print markup"): deleted words struck
 * through, inserted ones underlined, both in colour. A new user's PDF of the ATT draft was read as deleted and inserted
 * text glued together ("Stresses → StressesUnderlines"), PP 12 (struck out whole) as kept, with no word of warning. The
 * reader cannot tell the two texts apart (pdf.js gives "StressesUnderlines" as one run), but it says so, naming the
 * pages. The PDFs are typeset here from A/RES/80/46 as a word processor prints them.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`a PDF printed with its tracked changes shown${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, () => {
  let att: Document;
  beforeAll(async () => {
    att = await loadAnyDocument(join(UN_SERIES, ARMS_TRADE, 'A_RES_80_46.txt'));
  });

  /** OP 9 to OP 11 of A/RES/80/46 in Times 10 pt, with a rule `at` the given height over the baseline under each line of OP 10 (or none). */
  async function draft(rule: { height: number; color: [number, number, number] } | null): Promise<Uint8Array> {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.TimesRoman);
    const page = pdf.addPage([595, 842]);
    let y = 760;
    for (const label of ['OP 9', 'OP 10', 'OP 11']) {
      const paragraph = att.paragraphs.find((candidate) => candidate.label === label)!;
      let line = '';
      const lines: string[] = [];
      for (const word of `${paragraph.number} ${paragraph.text}`.split(' ')) {
        if (line && font.widthOfTextAtSize(`${line} ${word}`, 10) > 440) {
          lines.push(line);
          line = word;
        } else line = line ? `${line} ${word}` : word;
      }
      lines.push(line);
      for (const text of lines) {
        page.drawText(text, { x: 72, y, size: 10, font });
        if (rule && label === 'OP 10') {
          page.drawLine({ start: { x: 72, y: y + rule.height }, end: { x: 72 + font.widthOfTextAtSize(text, 10), y: y + rule.height }, thickness: 0.5, color: rgb(...rule.color) });
        }
        y -= 12;
      }
      y -= 6;
    }
    return pdf.save();
  }

  it('warns, naming the page, when lines are struck through, and reads the text as printed', async () => {
    const { text, warnings } = await convertPdf(await draft({ height: 3, color: [0.02, 0.27, 0.64] }), 'att_tracked.pdf');
    expect(warnings).toEqual([
      {
        code: 'pdf-struck-text',
        message: expect.stringMatching(/^has text struck through \(\d+ lines on page 1\): a draft printed with its tracked changes shown\?/),
        file: 'att_tracked.pdf',
      },
    ]);
    const struck = Number(/\((\d+) lines/.exec(warnings[0].message)![1]);
    expect(struck).toBeGreaterThanOrEqual(3); // OP 10's lines, each struck
    expect(text).toContain(att.paragraphs.find((candidate) => candidate.label === 'OP 10')!.text.slice(0, 60));
  });

  it('gives no warning for underlined lines (insertions, links) or a PDF without rules', async () => {
    expect((await convertPdf(await draft({ height: -1.5, color: [0.02, 0.27, 0.64] }), 'att_underlined.pdf')).warnings).toEqual([]);
    expect((await convertPdf(await draft(null), 'att_clean.pdf')).warnings).toEqual([]);
  });

  it('gives no warning on an official UN PDF (A/RES/78/48), whose pages are not looked at', async () => {
    const path = join(UN_SERIES, '../../pdf/A_RES_78_48.pdf');
    expect((await convertPdf(new Uint8Array(readFileSync(path)), path)).warnings).toEqual([]);
  });
});

describe('the strike-through check on a hostile PDF', () => {
  // Forms drawing each other twice, 18 deep, the last a line: pdf.js reads the text in 0.1 s (it skips forms without
  // text after the first) but builds an operator list of 2^17 lines in 30 s. The check gives up at the page's budget.
  it('reads a page whose drawings nest 18 deep in about the page budget, not 30 s', async () => {
    const levels = 18;
    const bodies = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /XObject << /X 6 0 R >> /Font << /F1 5 0 R >> >> >>',
      pdfStream('', 'BT /F1 12 Tf 72 700 Td (Decides to remain seized of the matter.) Tj ET q /X Do Q'),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    for (let level = 0; level < levels; level++) {
      const form = '/Type /XObject /Subtype /Form /BBox [0 0 612 792]';
      if (level < levels - 1) bodies.push(pdfStream(`${form} /Resources << /XObject << /X ${bodies.length + 2} 0 R >> >>`, 'q /X Do Q q /X Do Q'));
      else bodies.push(pdfStream(form, '72 704 m 300 704 l S'));
    }
    const started = Date.now();
    const { text, warnings } = await convertPdf(rawPdf(bodies), 'nested.pdf');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(text).toBe('Decides to remain seized of the matter.\n');
    // Not looked at to the end, and said so: no warning of struck text would read as none being there (session 15).
    expect(warnings).toEqual([
      {
        code: 'pdf-struck-unchecked',
        message:
          "could not be checked for struck-through text on page 1 (the page's drawings take longer to read than the page's time budget): if it is a draft printed with its tracked changes shown, struck and inserted words are read run together; give the Word file or a PDF without them",
        file: 'nested.pdf',
      },
    ]);
  }, 60_000);
});

describe('the strike-through check without the pdf.js hooks it reads drawings through', () => {
  // The check reads a page's operator list through pdf.js' private per-chunk callback, the one way to cancel it within
  // the page's budget: a pdf.js without it (another version) leaves the pages unchecked, which the warnings now say
  // (they said nothing, which read as "no struck text").
  it('says that the pages could not be checked, naming them', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const body = 'BT /F1 12 Tf 72 700 Td (Decides to remain seized of the matter.) Tj ET 72 704 m 300 704 l S';
    const bytes = rawPdf([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      pdfStream('', body),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]);
    // The page class, from a page of the same pdf.js the reader loads.
    const probe = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
    const prototype = Object.getPrototypeOf(await probe.getPage(1)) as { _abortOperatorList?: unknown };
    await probe.destroy();
    const hook = prototype._abortOperatorList;
    expect(typeof hook).toBe('function');
    let warnings;
    try {
      prototype._abortOperatorList = undefined;
      ({ warnings } = await convertPdf(bytes.slice(), 'draft.pdf'));
    } finally {
      prototype._abortOperatorList = hook;
    }
    expect(warnings).toEqual([
      {
        code: 'pdf-struck-unchecked',
        message:
          'could not be checked for struck-through text on page 1 (the pdf.js installed lacks the hooks redline reads drawings through within a time budget): if it is a draft printed with its tracked changes shown, struck and inserted words are read run together; give the Word file or a PDF without them',
        file: 'draft.pdf',
      },
    ]);
    // With the hooks, the same page is looked at: its line is struck (the rule at mid-height across the text).
    expect((await convertPdf(bytes.slice(), 'draft.pdf')).warnings.map((warning) => warning.code)).toEqual(['pdf-struck-text']);
  });
});
