import { readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts, type PDFFont } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { loadDocument } from '../../src/ingest/load-document.js';
import { markGluedFootnotes } from '../../src/ingest/un-document.js';
import { isImprintLine, runningHeadLines } from '../../src/ingest/running-heads.js';
import { HAS_SHARED, SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/*
 * Session 15, trial 15a (a think-tank researcher): what redline read wrong from declarations, PDFs, HTML and plain-text
 * strategies. Each case is a real text of ../shared/data or the seed statement, laid out as the user had it.
 */

const ICT = join(SHARED_DATA, 'un-resolutions/texts/ict-security');
const STRATEGIES = join(SHARED_DATA, 'national-cyber-strategies');

describe('markGluedFootnotes: a number that opens a range of days is a day (trial 15a #1)', () => {
  it('reads "3 to 5 April 2018" as a date even when note 3 is the next one, and leaves note 3 to the paragraph that cites it', () => {
    const paragraphs = [
      'Noting the discussions held in Vienna from 17 to 21 January 2011, 25 to 28 February 2013, 10 to 13 April 2017, 3 to 5 April 2018 and 27 to 29 March 2019,',
      'Recalling also the reports of the Group of Governmental Experts on Developments in the Field of Information and Telecommunications in the Context of International Security,3 which is of the view',
    ];
    expect(markGluedFootnotes(paragraphs, ['3'])).toEqual([paragraphs[0], paragraphs[1].replace('Security,3 which', 'Security,[^3] which')]);
    // Other range words: "through", a dash between spaces.
    for (const range of ['3 through 5 April 2018', '3 – 5 April 2018']) {
      const text = `held in Vienna on 10 to 13 April 2017, ${range} and later,`;
      expect(markGluedFootnotes([text], ['3'])).toEqual([text]);
    }
  });

  it('still reads the next note standing after a year before "and" and a date (a list of dates, not a range)', () => {
    // "The reports of the Joint Investigative Mechanism of 24 August 2016 3 and 21 October 2016", Chemical weapons
    // 79/56 OP 4 (a): note 3 is cited by the first report's date.
    const text = 'The reports of the Joint Investigative Mechanism of 24 August 2016 3 and 21 October 2016, which concluded';
    expect(markGluedFootnotes([text], ['3'])).toEqual(['The reports of the Joint Investigative Mechanism of 24 August 2016[^3] and 21 October 2016, which concluded']);
  });
});

describe.skipIf(!HAS_SHARED)(`UN texts of ../shared/data, trial 15a${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/RES/74/247 PP 10 keeps "3 to 5 April 2018" and cites no note; PP 13 cites note 3 (the GGE reports)', async () => {
    const document = await loadDocument(join(ICT, 'A_RES_74_247.txt'));
    const pp10 = document.paragraphs.find((paragraph) => paragraph.label === 'PP 10');
    expect(pp10?.text).toContain('10 to 13 April 2017, 3 to 5 April 2018 and 27 to 29 March 2019');
    expect(pp10?.footnotes).toBeUndefined();
    const pp13 = document.paragraphs.find((paragraph) => paragraph.label === 'PP 13');
    expect(pp13?.text).toMatch(/^Recalling also the reports of the Group of Governmental Experts/);
    expect(pp13?.footnotes?.map((note) => [note.mark, note.text])).toEqual([['3', 'A/65/201, A/68/98 and A/70/174.']]);
  });

  it('A/RES/75/282: the reissue note on its symbol is a document fact, not OP 1\'s footnote (trial 15a #8)', async () => {
    const document = await loadDocument(join(ICT, 'A_RES_75_282.txt'));
    expect(document.meta.notes).toEqual(['Reissued for technical reasons on 21 June 2021.']);
    const op1 = document.paragraphs.find((paragraph) => paragraph.label === 'OP 1');
    expect(op1?.footnotes?.map((note) => note.mark)).toEqual(['1']);
    expect(document.paragraphs.some((paragraph) => paragraph.footnotes?.some((note) => note.mark === '*'))).toBe(false);
  });

  it('A/80/L.7: the note on its sponsor line ("Australia:* draft resolution") is a document fact too; a text without one has none', async () => {
    const draft = await loadDocument(join(SHARED_DATA, 'un-resolutions/texts/drafts/A_80_L.7.txt'));
    expect(draft.meta.notes).toEqual(['Any changes to the list of sponsors will be reflected in the official record of the meeting.']);
    expect(draft.paragraphs.find((paragraph) => paragraph.label === 'PP 1')?.footnotes?.map((note) => note.mark)).toEqual(['1']);
    expect((await loadDocument(join(ICT, 'A_RES_74_247.txt'))).meta.notes).toBeUndefined();
  });
});

/** The seed statement's paragraphs and date as its text gives them: what every other format of it must give. */
async function seedAsText(): Promise<{ texts: string[]; headings: boolean[]; date: string | null }> {
  const document = await loadAnyDocument(SEED);
  return { texts: document.paragraphs.map((paragraph) => paragraph.text), headings: document.paragraphs.map((paragraph) => paragraph.heading), date: document.meta.date };
}

/** The seed's title (one line) and its paragraphs after it, read from the text file. */
function seedParts(): { title: string; rest: string[] } {
  const blocks = readFileSync(SEED, 'utf8').trim().split(/\n\s*\n/);
  return { title: blocks[0].replace(/\*\*/g, '').replace(/\s+/g, ' ').trim(), rest: blocks.slice(1).map((block) => block.replace(/\s+/g, ' ').trim()) };
}

/** Words of `text` in lines no wider than `width` at this font and size. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const tried = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(tried, size) > width) {
      lines.push(line);
      line = word;
    } else line = tried;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The seed statement printed as a word processor prints an HTML page with an `<h1>`: the title bold at 18 pt with its
 * own wider leading, the body at 12 pt, a gap between paragraphs (trial 15a #2 made it with LibreOffice).
 */
async function seedAsPdf(): Promise<Uint8Array> {
  const { title, rest } = seedParts();
  const doc = await PDFDocument.create();
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const roman = await doc.embedFont(StandardFonts.TimesRoman);
  const [left, width, top, bottom] = [57, 481, 785, 60];
  let page = doc.addPage([595, 842]);
  let y = top;
  const draw = (text: string, font: PDFFont, size: number, leading: number, after: number): void => {
    for (const line of wrap(text, font, size, width)) {
      if (y < bottom) {
        page = doc.addPage([595, 842]);
        y = top;
      }
      page.drawText(line, { x: left, y, size, font });
      y -= leading;
    }
    y -= after;
  };
  draw(title, bold, 18, 21.5, 10);
  for (const paragraph of rest) draw(paragraph, roman, 12, 14, 6);
  return doc.save();
}

describe('a statement printed to PDF with its title in a larger font (trial 15a #2)', () => {
  it('reads the wrapped title as one heading, the body as the text file does, and the date from the title', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'redline-15a-'));
    const path = join(dir, 'statement.pdf');
    await writeFile(path, await seedAsPdf());
    const pdf = await loadAnyDocument(path);
    const text = await seedAsText();
    expect(pdf.paragraphs.map((paragraph) => paragraph.text)).toEqual(text.texts);
    expect(pdf.paragraphs.map((paragraph) => paragraph.heading)).toEqual(text.headings);
    expect(pdf.paragraphs[0].heading).toBe(true);
    expect(pdf.meta.date).toBe('2024-11-10');
    expect(text.date).toBe('2024-11-10');
  });
});

describe('a PDF heading set larger than its body, with a label', () => {
  it('keeps its label apart ("I." and "Introduction"), as a heading of body size does', async () => {
    const doc = await PDFDocument.create();
    const roman = await doc.embedFont(StandardFonts.TimesRoman);
    const page = doc.addPage([595, 842]);
    page.drawText('I. Introduction', { x: 57, y: 780, size: 16, font: roman });
    page.drawText('1. The working group met three times in the year under review and adopted its report.', { x: 57, y: 750, size: 11, font: roman });
    page.drawText('2. It recommends that States continue to exchange views on the matter.', { x: 57, y: 730, size: 11, font: roman });
    const dir = await mkdtemp(join(tmpdir(), 'redline-15a-'));
    const path = join(dir, 'report.pdf');
    await writeFile(path, await doc.save());
    const read = await loadAnyDocument(path);
    expect(read.paragraphs.map((paragraph) => [paragraph.number, paragraph.text.slice(0, 20), paragraph.heading])).toEqual([
      ['I.', 'Introduction', true],
      ['1.', 'The working group me', false],
      ['2.', 'It recommends that S', false],
    ]);
  });
});

describe('a statement saved as HTML with an <h1> title (trial 15a #6)', () => {
  it('keeps the title as its first paragraph, a heading, and takes the date the title ends with, as its text file does', async () => {
    const { title, rest } = seedParts();
    const escape = (value: string): string => value.replace(/&/g, '&amp;').replace(/</g, '&lt;');
    const html = `<html><head><meta charset="utf-8"><title>${escape(title)}</title></head><body>\n<h1>${escape(title)}</h1>\n${rest.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n')}\n</body></html>`;
    const dir = await mkdtemp(join(tmpdir(), 'redline-15a-'));
    const path = join(dir, 'statement.html');
    await writeFile(path, html);
    const page = await loadAnyDocument(path);
    const text = await seedAsText();
    expect(page.paragraphs.map((paragraph) => paragraph.text)).toEqual(text.texts);
    expect(page.paragraphs[0]).toMatchObject({ heading: true, text: title });
    // Without its title the page was dated by its next line, "11-11-2024" (the day the statement was published).
    expect(page.meta.date).toBe('2024-11-10');
  });
});

describe('an HTML page whose h1 is the site\'s logo', () => {
  it('does not make the logo a paragraph', async () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the statement: the ministers reaffirm their commitment to cooperation on the security of and in the use of information and communications technologies, in line with the Charter.</p>`).join('\n');
    const html = `<html><head><title>Statement</title></head><body><header><h1>Ministry News Portal</h1><nav><a href="/">Home</a></nav></header><main><article><h2>Joint statement of the ministers</h2>\n${body}</article></main></body></html>`;
    const dir = await mkdtemp(join(tmpdir(), 'redline-15a-'));
    const path = join(dir, 'page.html');
    await writeFile(path, html);
    const page = await loadAnyDocument(path);
    expect(page.paragraphs.map((paragraph) => paragraph.text).filter((text) => /Ministry News Portal/.test(text))).toEqual([]);
    expect(page.paragraphs.some((paragraph) => /^Paragraph 1 of the statement/.test(paragraph.text))).toBe(true);
  });
});

describe('running heads and imprint lines of a plain text (trial 15a #12)', () => {
  it('finds a name printed with growing page numbers on three lines or more, at either end, with or without a separator', () => {
    const lines = ['2 / NATIONAL CYBER SECURITY MASTERPLAN 2018', 'Text of page two.', 'NATIONAL CYBER SECURITY MASTERPLAN 2018 / 3', 'Text.', '4 / NATIONAL CYBER SECURITY MASTERPLAN 2018', 'More text.', 'Information systems defence and security strategy 11'];
    expect([...runningHeadLines(lines)].sort((a, b) => a - b)).toEqual([0, 2, 4]);
  });

  it('leaves headings numbered in order, a name of one or two words, numbers that do not grow, and a name without a number', () => {
    const headings = ['Strategic objective 1', 'Text.', 'Strategic objective 2', 'Text.', 'Strategic objective 3', 'Text.'];
    expect(runningHeadLines(headings).size).toBe(0);
    expect(runningHeadLines(['Annex 1', 'Annex 2', 'Annex 3', 'Part 4']).size).toBe(0);
    // A table's rows: the same words with numbers that go up and down.
    expect(runningHeadLines(['10 households in rural areas', '3 households in rural areas', '10 households in rural areas']).size).toBe(0);
    // The title page's name alone stays (Malta's title is its running head too).
    const malta = ['MALTA CYBER SECURITY STRATEGY 2016', '3 MALTA CYBER SECURITY STRATEGY 2016', '4 MALTA CYBER SECURITY STRATEGY 2016', '5 MALTA CYBER SECURITY STRATEGY 2016'];
    expect([...runningHeadLines(malta)]).toEqual([1, 2, 3]);
  });

  it('reads a copyright line as an imprint, not one whose sentence goes on to the next line', () => {
    expect(isImprintLine('Singapore’s Cybersecurity Strategy Copyright © 2016 by Cyber Security Agency of Singapore All rights reserved.')).toBe(true);
    expect(isImprintLine('© Commonwealth of Australia 2016')).toBe(true);
    expect(isImprintLine('Copyrights © Ministry of Communications and Information Technology')).toBe(true);
    expect(isImprintLine('© No part of this document can be reproduced, stored in a retrieval system,')).toBe(false);
    expect(isImprintLine('The strategy protects intellectual property and copyright holders.')).toBe(false);
  });

  it.skipIf(!HAS_SHARED)('Singapore 2013 has no running head among its paragraphs, Singapore 2016 no copyright paragraph', async () => {
    const masterplan = await loadAnyDocument(join(STRATEGIES, 'singapore_2013_singapore1.txt'));
    expect(masterplan.paragraphs.filter((paragraph) => /NATIONAL CYBER SECURITY MASTERPLAN 2018/.test(paragraph.text))).toEqual([]);
    const strategy = await loadAnyDocument(join(STRATEGIES, 'singapore_2016_singapore2.txt'));
    expect(strategy.paragraphs.filter((paragraph) => /Copyright|All rights reserved/.test(paragraph.text))).toEqual([]);
    expect(strategy.paragraphs.some((paragraph) => /^Singapore is an international centre of exchange and commerce/.test(paragraph.text))).toBe(true);
  });
});
