import { describe, expect, it } from 'vitest';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { convertPdf, MAX_PDF_PAGES } from '../../src/ingest/pdf.js';
import { documentFromText } from '../../src/ingest/load-document.js';
import { growthRatio } from '../helpers/growth.js';
import { unStyleReport, buildPdf } from '../helpers/corpus-pdf.js';

describe('convertPdf', () => {
  it('recovers the paragraphs of a UN-style two-page report, footnote marks kept where they are cited', async () => {
    const { text, meta, warnings } = await convertPdf(await unStyleReport(), 'report.pdf');
    expect(text.split('\n\n')).toEqual([
      'I. Introduction',
      '1. The Open-ended working group on security of and in the use of information and communications technologies held its fifth session in New York.',
      '2. States stressed that the use of ICTs must be consistent with international law and reaffirmed their commitment to maintaining international peace and security.[^1] They welcomed the informal consultations held in a hybrid format.',
      '3. States recalled the importance of capacity-building and of exchanging information on threats, and stressed the need for inclusive, transparent and State-led initiatives.',
      '4. The Group noted that the threat landscape continued to evolve and that malicious ICT activities against critical infrastructure and critical information infrastructure were of growing concern to all States.[^2] It recommended that States continue to exchange views on existing and potential threats.',
      '5. States proposed the following:',
      '(a) to develop confidence-building measures at the regional and subregional levels;',
      '(b) to establish a global, intergovernmental points of contact directory.',
      '[^1]: See resolution 75/240 of 31 December 2020, para. 2, and the final report of the previous Group (A/75/816, annex I).',
      '[^2]: See A/77/275, para. 12.\n',
    ]);
    expect(meta).toEqual({ symbol: 'A/78/265' });
    expect(warnings).toEqual([]);
  });
});

describe('convertPdf on other layouts', () => {
  it('drops a running title repeated on every page and joins or breaks paragraphs at page ends by line length', async () => {
    const header = { text: 'Report of the Working Group', align: 'left' as const };
    const bytes = await buildPdf([
      {
        header,
        footer: [{ text: '- 1 -', align: 'right' }],
        paragraphs: [{ lines: ['The Group held three sessions and heard statements from many delegations.', 'It ended its work on time.'] }],
      },
      {
        header,
        footer: [{ text: '- 2 -', align: 'right' }],
        paragraphs: [{ lines: ['States agreed that the norms of responsible behaviour apply in full to all ICTs.'] }],
      },
      {
        header,
        footer: [{ text: '- 3 -', align: 'right' }],
        paragraphs: [{ lines: ['They also agreed to continue the discussion at the next session of the Group.'] }],
      },
    ]);
    const { text } = await convertPdf(bytes, 'three.pdf');
    // Page 2 ends a sentence on a short line: a new paragraph. Its one line is a "last line" too, drawn unjustified,
    // and page 3 starts with a capital, so the break stands.
    expect(text.split('\n\n')).toEqual([
      'The Group held three sessions and heard statements from many delegations. It ended its work on time.',
      'States agreed that the norms of responsible behaviour apply in full to all ICTs.',
      'They also agreed to continue the discussion at the next session of the Group.\n',
    ]);
  });

  it('carries a sentence across a page break when the page ends on a full line', async () => {
    const bytes = await buildPdf([
      { paragraphs: [{ label: '7.', lines: ['States noted the proposals made during the session, including on a regular', 'dialogue under the auspices of the United Nations. Many delegations supported', 'x'] }] },
      { paragraphs: [{ lines: ['it. They would be considered further.'] }] },
    ].map((page) => ({ paragraphs: page.paragraphs.map((p) => ({ ...p, lines: p.lines.filter((line) => line !== 'x') })) })));
    const { text } = await convertPdf(bytes, 'break.pdf');
    expect(text).toBe('7. States noted the proposals made during the session, including on a regular dialogue under the auspices of the United Nations. Many delegations supported it. They would be considered further.\n');
  });

  it('refuses a damaged PDF with a one-line reason', async () => {
    await expect(convertPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a pdf'), 'broken.pdf')).rejects.toMatchObject({ code: 'bad-pdf', file: 'broken.pdf' });
  });

  it('refuses a PDF without a text layer', async () => {
    const bytes = await buildPdf([{ paragraphs: [] }]);
    await expect(convertPdf(bytes, 'scan.pdf')).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('convertPdf on large inputs', () => {
  /** `pages` pages of one paragraph that never ends: every line runs on into the next, across every page break. */
  const endlessParagraph = (pages: number): Promise<Uint8Array> =>
    buildPdf(Array.from({ length: pages }, () => ({ paragraphs: [{ lines: Array.from({ length: 55 }, () => 'the working group discussed the matter and agreed that further work was needed on it') }] })));

  it('joins lines in time linear in the paragraph (one paragraph over 4× the pages takes about 4× the time)', async () => {
    const documents = new Map<number, Uint8Array>();
    for (const pages of [8, 32]) documents.set(pages, await endlessParagraph(pages));
    const ratio = await growthRatio(async (pages) => convertPdf(documents.get(pages)!, 'endless.pdf'), 8, 4, 2);
    expect(ratio).toBeLessThan(7); // was quadratic: 25 / 50 / 100 pages took 2.5 / 10.8 / 24.6 s
  }, 60_000);

  it(`refuses a PDF of more than ${MAX_PDF_PAGES} pages with one line, before reading its pages`, async () => {
    const pdf = await PDFDocument.create();
    for (let page = 0; page <= MAX_PDF_PAGES; page++) pdf.addPage([200, 200]);
    const bytes = await pdf.save();
    await expect(convertPdf(bytes, 'book.pdf')).rejects.toMatchObject({ code: 'too-many-pages', file: 'book.pdf', message: 'is a PDF of 2,001 pages, over the 2,000 redline reads' });
  }, 60_000);

  it('keeps paragraph labels from 1000 up apart from the text', async () => {
    const bytes = await buildPdf([{ paragraphs: [{ label: '999.', lines: ['States agreed.'] }, { label: '1000.', lines: ['States disagreed.'] }, { label: '1001.', lines: ['States met.'] }] }]);
    const document = documentFromText((await convertPdf(bytes, 'long.pdf')).text, { path: 'long.pdf' });
    expect(document.paragraphs.map((paragraph) => [paragraph.number, paragraph.text])).toEqual([
      ['999.', 'States agreed.'],
      ['1000.', 'States disagreed.'],
      ['1001.', 'States met.'],
    ]);
  });
});

describe('convertPdf on a UN document whose word processor cut words between text objects', () => {
  /**
   * Word's PDFs of UN resolutions sometimes end a text object inside a word and start the next one a hair to the right
   * (A/RES/78/16 "capaci|ty-building", A/RES/78/6 "suppleme|ntary": a gap of 0.106 em); pdf.js writes a space into any
   * gap from 0.102 em up. The pieces are drawn here the same way, each word of the line its own run at natural spacing.
   */
  async function unResolutionWithCutWords(): Promise<Uint8Array> {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.TimesRoman);
    const page = doc.addPage([595, 842]);
    let y = 780;
    const line = (pieces: string[], x = 72): void => {
      // A piece that ends with '|' is cut: the next piece follows it 0.106 em to the right, with no space.
      let at = x;
      for (const piece of pieces) {
        const cut = piece.endsWith('|');
        const text = cut ? piece.slice(0, -1) : piece;
        page.drawText(text, { x: at, y, size: 10, font });
        at += font.widthOfTextAtSize(text, 10) + (cut ? 1.06 : font.widthOfTextAtSize(' ', 10));
      }
      y -= 14;
    };
    for (const form of ['United Nations', 'A/RES/99/1', 'General Assembly', 'Distr.: General', '1 December 2099']) line([form]);
    y -= 20;
    line(['Resolution', 'adopted', 'by', 'the', 'General', 'Assembly', 'on', '1', 'December', '2099']);
    y -= 20;
    line(['The', 'General', 'Assembly,'], 108);
    y -= 6;
    line(['Recalling', 'its', 'support', 'for', 'capacity-building', 'and', 'for', 'the', 'conclusion', 'of', 'arrangements,'], 108);
    y -= 6;
    line(['1.', 'Encourages', 'capaci|', 'ty-building', 'and', 'the', 'conclusion', 'of', 'suppleme|', 'ntary', 'arrangements;'], 108);
    y -= 6;
    line(['2.', 'Decides', 'to', 'remain', 'seized', 'of', 'the', 'matter', 'and', 'of', 'the', 'mpox', 'outbreak.'], 108);
    return doc.save();
  }

  it('mends a word cut by pdf.js when a piece is no word of the document and the other no English word can start with', async () => {
    const { text } = await convertPdf(await unResolutionWithCutWords(), 'cut.pdf');
    expect(text).toContain('1. Encourages capacity-building and the conclusion of supplementary arrangements;');
    // A word of the text that opens with an unusual pair of consonants stays apart from the word before it.
    expect(text).toContain('2. Decides to remain seized of the matter and of the mpox outbreak.');
  });
});

describe('convertPdf: running headers and footers go, body lines that repeat but for their numbers stay (issue 22, item 3)', () => {
  const lines = ['The States Parties shall cooperate in good faith with one another and shall exchange', 'information on request.'];
  const sentence = lines.join(' ');

  it('keeps every article heading of pages that open with "Article 5", "Article 6" …, and drops the running title and page numbers', async () => {
    const pages = [5, 6, 7, 8, 9].map((article, index) => ({
      header: { text: 'Convention on cooperation in information security', align: 'left' as const },
      footer: [{ text: `Page ${index + 1} of 5`, align: 'right' as const }],
      paragraphs: [{ lines: [`Article ${article}`] }, { lines }],
    }));
    const { text } = await convertPdf(await buildPdf(pages), 'articles.pdf');
    expect(text.split('\n\n')).toEqual([5, 6, 7, 8, 9].flatMap((article, index) => [`Article ${article}`, index === 4 ? `${sentence}\n` : sentence]));
  });

  it('keeps all 120 lines of a generated listing whose pages open and close with numbered lines (kept 112)', async () => {
    const line = (n: number): string => `Line ${n} of the listing, as typed.`;
    // Two pages of 60 lines, from 10 pt below the top margin to the foot: each page's first and last two lines sit at its edges.
    const page = (first: number) => ({ paragraphs: [{ lines: Array.from({ length: 60 }, (_, i) => line(first + i)) }] });
    const bytes = await buildPdf([page(1), page(61)]);
    const { text } = await convertPdf(bytes, 'listing.pdf');
    expect([...text.matchAll(/Line (\d+) of the listing, as typed\./g)].map((match) => Number(match[1]))).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });
});
