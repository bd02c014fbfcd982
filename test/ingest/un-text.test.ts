import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromText, loadDocument } from '../../src/ingest/load-document.js';
import { convertUnText, looksLikeUnExtractedText } from '../../src/ingest/un-text.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/**
 * Page-break and paragraph boundaries in text extracted from a UN document. The texts are written by the redline team
 * in the layout a PDF library exports (PyMuPDF: a space on blank lines inside a page, an empty line or a form feed
 * between pages, the running header at the top of every later page), shaped as A/C.2/80/L.17, where a paragraph cut
 * by a page break swallowed the next one.
 */
const FIRST_PAGE = [
  'United Nations ',
  'A/C.2/99/L.17 ',
  ' ',
  'General Assembly ',
  'Distr.: Limited ',
  '10 October 2099 ',
  ' ',
  'Original: English ',
  ' ',
  '99-16000 (E) ',
  '*9916000* ',
  ' ',
  'Ninety-ninth session ',
  'Second Committee ',
  'Agenda item 18 ',
  ' ',
  'Ruritania: draft resolution ',
  ' ',
  'Shared technologies for development ',
  ' ',
  'The General Assembly, ',
  ' ',
  'Recalling its resolution 98/194 of 19 December 2098, ',
  ' ',
];
const header = (page: number): string[] => ['', 'A/C.2/99/L.17 ', 'Shared technologies for development ', ' ', '99-16000 ', `${page}/3 `, ' '];

/** The text read as `loadDocument` reads a UN document's extracted text: labels and texts of its paragraphs. */
function paragraphsOf(lines: string[]): Array<[string | null | undefined, string]> {
  const text = lines.join('\n');
  expect(looksLikeUnExtractedText(text)).toBe(true);
  const converted = convertUnText(text, 'l17.txt');
  return documentFromText(converted.text, { path: 'l17.txt', blocksAreParagraphs: true }).paragraphs.map((paragraph) => [paragraph.label, paragraph.text]);
}

describe('UN extracted text: paragraph boundaries after a page break', () => {
  it('ends a paragraph continued across a page break where the next line opens one (PP 2 "…solidarity," then PP 3 "Welcoming…")', () => {
    const lines = [
      ...FIRST_PAGE,
      'Reaffirming its resolution 69/313 on financing for development, which supports ',
      'and complements the development agenda, and reaffirms the commitment to address ',
      'the challenge of financing in the spirit of ',
      ...header(2),
      'global partnership and solidarity, ',
      'Welcoming the convening of the review of the world summit in December 2099, ',
      ' ',
      'Taking note of the report of the high-level panel on shared technologies, in which ',
      ...header(3),
      'the panel recommended a common approach, ',
      'Recalling the ongoing efforts of the regional commissions, ',
      ' ',
      '1. ',
      'Decides to continue its work on shared technologies; ',
      ' ',
      '2. ',
      'Requests the Secretary-General to report on the matter. ',
    ];
    expect(paragraphsOf(lines)).toEqual([
      [null, 'The General Assembly,'],
      ['PP 1', 'Recalling its resolution 98/194 of 19 December 2098,'],
      [
        'PP 2',
        'Reaffirming its resolution 69/313 on financing for development, which supports and complements the development agenda, and reaffirms the commitment to address the challenge of financing in the spirit of global partnership and solidarity,',
      ],
      ['PP 3', 'Welcoming the convening of the review of the world summit in December 2099,'],
      ['PP 4', 'Taking note of the report of the high-level panel on shared technologies, in which the panel recommended a common approach,'],
      ['PP 5', 'Recalling the ongoing efforts of the regional commissions,'],
      ['OP 1', 'Decides to continue its work on shared technologies;'],
      ['OP 2', 'Requests the Secretary-General to report on the matter.'],
    ]);
  });

  it('continues a list of references cut after a semicolon when the next page opens on a document symbol (A/80/L.7, OP 2), and no other page', () => {
    const lines = [
      ...FIRST_PAGE,
      '1. ',
      'Takes note of resolutions GC(98)/RES/7, entitled “Nuclear safety”; and decisions ',
      'GC(98)/DEC/10, entitled “Amendment to the Statute”; ',
      ' ',
      ...header(2),
      'GC(98)/DEC/11, entitled “Promotion of efficiency”, adopted by the General Conference; ',
      ' ',
      '2. ',
      'Requests the Secretary-General to report on the matter; ',
      ' ',
      ...header(3),
      '3. ',
      'Decides to remain seized of the matter. ',
    ];
    expect(paragraphsOf(lines).slice(2)).toEqual([
      ['OP 1', 'Takes note of resolutions GC(98)/RES/7, entitled “Nuclear safety”; and decisions GC(98)/DEC/10, entitled “Amendment to the Statute”; GC(98)/DEC/11, entitled “Promotion of efficiency”, adopted by the General Conference;'],
      ['OP 2', 'Requests the Secretary-General to report on the matter;'],
      ['OP 3', 'Decides to remain seized of the matter.'],
    ]);
  });

  it('continues a paragraph whose next page opens on a year or a figure after a comma (A/RES/79/227 PP 60), and ends one before a numbered paragraph', () => {
    const lines = [
      ...FIRST_PAGE,
      'Noting the importance of the international years, including the International Year of ',
      'Cooperatives, 2025, the International Year of the Woman Farmer, ',
      ' ',
      ...header(2),
      ' ',
      '2026, the International Year of Rangelands and Pastoralists, 2026, and the Decade ',
      'for Action, 2018–2028, ',
      ' ',
      'Recalling its resolutions 97/1 of 5 October 2097, 97/15 of 12 October 2097, ',
      ' ',
      ...header(3),
      ' ',
      '1980/67 of 25 July 2080 and 98/3 of 1 April 2098, ',
      ' ',
      '1. ',
      'Decides to continue its work on shared technologies, ',
      ' ',
      '2. Requests the Secretary-General to report on the matter. ',
    ];
    expect(paragraphsOf(lines).slice(2)).toEqual([
      [
        'PP 2',
        'Noting the importance of the international years, including the International Year of Cooperatives, 2025, the International Year of the Woman Farmer, 2026, the International Year of Rangelands and Pastoralists, 2026, and the Decade for Action, 2018–2028,',
      ],
      ['PP 3', 'Recalling its resolutions 97/1 of 5 October 2097, 97/15 of 12 October 2097, 1980/67 of 25 July 2080 and 98/3 of 1 April 2098,'],
      ['OP 1', 'Decides to continue its work on shared technologies,'],
      ['OP 2', 'Requests the Secretary-General to report on the matter.'],
    ]);
  });

  it('splits paragraphs an extractor wrote without a blank line between them, and keeps a line that opens with a name inside its paragraph', () => {
    const lines = [
      ...FIRST_PAGE,
      'Noting the outcome of the fourth world conference on women held in Beijing and the ',
      'declarations adopted in Copenhagen, ',
      'Beijing and Kunming, ',
      'Deeply concerned about the digital divide between and within countries, ',
      '(a) ',
      'To report; ',
      '(b) ',
      'To consult; ',
      '1. ',
      'Also requests the Secretary-General to report. ',
    ];
    expect(paragraphsOf(lines).slice(2)).toEqual([
      ['PP 2', 'Noting the outcome of the fourth world conference on women held in Beijing and the declarations adopted in Copenhagen, Beijing and Kunming,'],
      ['PP 3', 'Deeply concerned about the digital divide between and within countries,'],
      ['PP 3 (a)', 'To report;'],
      ['PP 3 (b)', 'To consult;'],
      ['OP 1', 'Also requests the Secretary-General to report.'],
    ]);
  });
});

describe('UN extracted text in the layout of pdftotext -raw', () => {
  it('cuts the lines it writes side by side, reads a footnote whose mark stands on its own line, and finds every paragraph without blank lines', () => {
    const text = [
      'United Nations A/RES/99/22',
      'General Assembly Distr.: General',
      '6 December 2099',
      '99-24517 (E) 141299',
      '*9924517*',
      'Ninety-ninth session',
      'Agenda item 98',
      'Resolution adopted by the General Assembly',
      'on 4 December 2099',
      '99/22. Shared technologies',
      'The General Assembly,',
      'Recognizing that shared technologies can have civilian and military',
      'applications,1',
      'Supporting the work of the open-ended working group,',
      '1. Invites Member States to continue their efforts;',
      '__________________',
      '1',
      'See A/98/275.',
      '\fShared technologies A/RES/99/22',
      '99-24517',
      '2/2',
      '2. Decides to remain seized of the matter.',
      '42nd plenary meeting',
      '4 December 2099',
    ].join('\n');
    expect(looksLikeUnExtractedText(text)).toBe(true);
    const converted = convertUnText(text, 'raw.txt');
    expect(converted.meta).toMatchObject({ symbol: 'A/RES/99/22', distribution: 'General', meeting: '42nd plenary meeting' });
    const { paragraphs } = documentFromText(converted.text, { path: 'raw.txt', blocksAreParagraphs: true });
    expect(paragraphs.map((paragraph) => [paragraph.label, paragraph.text, paragraph.footnotes?.map((note) => note.text)])).toEqual([
      [null, 'The General Assembly,', undefined],
      ['PP 1', 'Recognizing that shared technologies can have civilian and military applications,', ['See A/98/275.']],
      ['PP 2', 'Supporting the work of the open-ended working group,', undefined],
      ['OP 1', 'Invites Member States to continue their efforts;', undefined],
      ['OP 2', 'Decides to remain seized of the matter.', undefined],
    ]);
  });
});

describe.skipIf(!HAS_SHARED)(`UN extracted text of A/RES/79/227: PP 60 continued across a page break at "2026,"${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  const path = join(SHARED_DATA, 'un-resolutions/texts/series/agriculture-development-food-security-and-nutrition/A_RES_79_227.txt');

  it('reads PP 60 whole, from "Noting the importance of initiatives" to "anniversaries,", and 64 preambular paragraphs', async () => {
    const document = await loadDocument(path);
    const labelled = new Map(document.paragraphs.map((paragraph) => [paragraph.label, paragraph.text]));
    const pp60 = labelled.get('PP 60') ?? '';
    expect(pp60.startsWith('Noting the importance of initiatives under the United Nations system,')).toBe(true);
    expect(pp60).toContain('the International Year of the Woman Farmer, 2026, the International Year of Rangelands and Pastoralists, 2026,');
    expect(pp60.endsWith('Economic and Social Council resolution 1980/67 of 25 July 1980 on international years and anniversaries,')).toBe(true);
    expect(labelled.get('PP 61')?.startsWith('Recognizing the need to increase responsible public and private investments')).toBe(true);
    expect(document.paragraphs.filter((paragraph) => /^PP \d+$/.test(paragraph.label ?? '')).length).toBe(64);
    expect(document.paragraphs.some((paragraph) => /^\d/.test(paragraph.text) && /^PP /.test(paragraph.label ?? ''))).toBe(false);
  });
});

describe.skipIf(!HAS_SHARED)(`UN extracted texts of ../shared/data: no paragraph cut at a page break${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('opens no numbered PP or OP of the 220 series and draft texts on a figure or in lowercase (the rest of a paragraph a page cut)', async () => {
    const root = join(SHARED_DATA, 'un-resolutions/texts');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.txt')).sort();
    expect(files.length).toBe(220);
    const cut: string[] = [];
    for (const file of files) {
      for (const paragraph of (await loadDocument(join(root, file))).paragraphs) {
        // A sub-paragraph may open on a figure ("(a) 65,459,100 dollars, being …"); a PP or OP opens on its verb.
        if (/^(?:PP|OP) \d+$/.test(paragraph.label ?? '') && /^[\d\p{Ll}]/u.test(paragraph.text)) cut.push(`${file} ${paragraph.label}: ${paragraph.text.slice(0, 40)}`);
      }
    }
    expect(cut).toEqual([]);
  }, 120_000);
});
