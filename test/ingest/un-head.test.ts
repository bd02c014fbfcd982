import { readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Document, DocumentMeta, RedlineResult } from '../../src/types.js';
import { buildDocx, type DocxParagraph } from '../helpers/corpus-docx.js';
import { buildPdf, type PageSpec, type ParagraphSpec } from '../helpers/corpus-pdf.js';
import { ARMS_TRADE, CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { PREAMBULAR_OPENER } from '../../src/ingest/resolution-structure.js';

/**
 * A UN resolution as delegations exchange it: a Word file, or a PDF printed from one (no running header, job number
 * or barcode), carrying the first page's form. A new user saw the CTBT resolution A/RES/80/70 read as "28 → 36
 * paragraphs, new 8" (the form's blocks) with eight facts "→ —" from the .docx, where the same text saved as .txt was
 * read right; in the PDF printed from it, PP 10 and PP 11 merged across a page break ("…of the Treaty," / "Recalling
 * further …") and "Nuclear-Test-" / "Ban" read "Nuclear-Test- Ban"; in the ATT resolution's PDF "information-" /
 * "sharing" read "informationsharing". The files here are made from the official texts of ../shared/data.
 */

const FACTS = ['symbol', 'issuer', 'distribution', 'issued', 'session', 'agendaItem', 'resolution', 'title', 'status', 'meeting', 'date'] as const;
const factsOf = (meta: DocumentMeta): Partial<DocumentMeta> => Object.fromEntries(FACTS.filter((key) => meta[key] !== undefined).map((key) => [key, meta[key]]));

const longDate = (iso: string): string => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** The first page's form of an adopted resolution, block by block as a Word table cell or a PDF printed from one joins them. */
function firstPage(meta: DocumentMeta): string[] {
  const status = meta.status!;
  return [
    `United Nations ${meta.symbol}`,
    meta.issuer!,
    `Distr.: ${meta.distribution} ${longDate(meta.issued!)}`,
    `${meta.session} Agenda item ${meta.agendaItem}`,
    `Resolution adopted by the ${status.by} on ${longDate(status.on!)}`,
    `[${status.basis}]`,
    `${meta.resolution}. ${meta.title}`,
  ];
}

/** The body as Word holds it: the formula, the preamble, the operative paragraphs numbered by Word (their sub-paragraphs one level down). */
function bodyParagraphs(document: Document): Array<{ text: string; number: string | null; level: 0 | 1 }> {
  return document.paragraphs
    .filter((paragraph) => paragraph.role !== 'heading')
    .map((paragraph) => ({ text: paragraph.text, number: paragraph.number, level: paragraph.number && /^\(/.test(paragraph.number) ? 1 : 0 }));
}

function expectAllUnchanged(result: RedlineResult, paragraphs: number): void {
  const [comparison] = result.comparisons;
  expect(comparison.summary).toEqual({ unchanged: paragraphs, modified: 0, split: 0, merged: 0, new: 0, dropped: 0, moved: 0, renumbered: 0, substantive: 0, routine: 0, editorial: 0 });
}

describe.skipIf(!UN_SERIES_AVAILABLE)(`UN resolutions from Word and from PDFs printed from Word${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, () => {
  let dir: string;
  let ctbt: Document;
  let att: Document;
  const ctbtPath = join(UN_SERIES, CTBT, 'A_RES_80_70.txt');
  const attPath = join(UN_SERIES, ARMS_TRADE, 'A_RES_80_46.txt');
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'redline-un-head-'));
    ctbt = await loadAnyDocument(ctbtPath);
    att = await loadAnyDocument(attPath);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the first page of a .docx resolution as its facts, not as seven new paragraphs, and the closing meeting line too', async () => {
    const docx: DocxParagraph[] = [
      ...firstPage(ctbt.meta).map((text, index, all): DocxParagraph => (index === all.length - 1 ? { text, style: 'Heading1' } : { text })),
      ...bodyParagraphs(ctbt).map(({ text, number, level }): DocxParagraph => (number ? { text, numbered: true, level } : { text })),
      { text: `${ctbt.meta.meeting} ${longDate(ctbt.meta.status!.on!)}` },
    ];
    const path = join(dir, 'ctbt_draft.docx');
    await writeFile(path, await buildDocx(docx));
    const draft = await loadAnyDocument(path);
    expect(factsOf(draft.meta)).toEqual(factsOf(ctbt.meta));
    expect(draft.meta.id).toBe('A/RES/80/70');
    expect(draft.paragraphs[0].text).toBe('The General Assembly,');
    expect(draft.paragraphs.map((paragraph) => paragraph.label)).toEqual(ctbt.paragraphs.map((paragraph) => paragraph.label));
    expectAllUnchanged(await compare(ctbtPath, path), 28);
  });

  it('leaves a Word file without the form as it was: its first lines stay paragraphs', async () => {
    const docx: DocxParagraph[] = [{ text: 'A/C.1/80/L.9 — The Arms Trade Treaty (draft)' }, ...bodyParagraphs(att).slice(0, 3).map(({ text }) => ({ text }))];
    const path = join(dir, 'att_plain.docx');
    await writeFile(path, await buildDocx(docx));
    const draft = await loadAnyDocument(path);
    expect(draft.paragraphs.map((paragraph) => paragraph.text)).toEqual(['A/C.1/80/L.9 — The Arms Trade Treaty (draft)', 'The General Assembly,', ...att.paragraphs.slice(1, 3).map((paragraph) => paragraph.text)]);
    expect(draft.meta.status).toBeUndefined();
  });

  /**
   * The resolution typeset as a word processor prints it (Times 10 pt, justified, no running header or footer), new
   * pages starting where `pageBefore` says, and the compounds of `breakAfter` cut at their hyphen at a line's end.
   */
  async function printedFromWord(document: Document, options: { pageBefore: string[]; breakAfter: string[] }): Promise<Uint8Array> {
    const measure = await (await PDFDocument.create()).embedFont(StandardFonts.TimesRoman);
    const width = (text: string): number => measure.widthOfTextAtSize(text, 10);
    // Times in a PDF's standard encoding has no non-breaking hyphen (U+2011): Word prints it as a hyphen.
    const printable = (text: string): string => text.replace(/\u2011/g, '-');
    const wrap = (text: string, room: number): string[] => {
      let marked = printable(text);
      // "information-" cuts after a compound's hyphen; "implemen|tation" cuts a word, the typesetter adding the hyphen.
      for (const cut of options.breakAfter) marked = cut.includes('|') ? marked.replace(cut.replace('|', ''), cut.replace('|', '-\n')) : marked.replace(cut, `${cut}\n`);
      const lines: string[] = [];
      for (const piece of marked.split('\n')) {
        let line = '';
        for (const word of piece.split(' ')) {
          const candidate = line ? `${line} ${word}` : word;
          if (line && width(candidate) > room - 4) {
            lines.push(line);
            line = word;
          } else line = candidate;
        }
        // A forced cut ends the line at the hyphen even when it is short: the word processor's line was full there.
        lines.push(line);
      }
      return lines;
    };
    const pages: PageSpec[] = [];
    // The page's text block: 700 pt, 12 pt a line and 6 pt between paragraphs (corpus-pdf.ts).
    let room = 0;
    const place = (spec: ParagraphSpec, newPage = false): void => {
      const height = 12 * spec.lines.length + 6;
      if (newPage || height > room) {
        pages.push({ paragraphs: [] });
        room = 700;
      }
      pages[pages.length - 1].paragraphs.push(spec);
      room -= height;
    };
    for (const block of firstPage(document.meta)) place({ lines: block.startsWith('Distr.') ? ['Distr.: General', block.replace(/^Distr\.: \S+ /, '')] : [block] });
    for (const paragraph of bodyParagraphs(document)) {
      const spec: ParagraphSpec = paragraph.number ? { label: paragraph.number, lines: wrap(paragraph.text, 451 - 36) } : { lines: wrap(paragraph.text, 451) };
      place(spec, options.pageBefore.some((start) => paragraph.text.startsWith(start)));
    }
    place({ lines: [`${document.meta.meeting}`, longDate(document.meta.status!.on!)] });
    return buildPdf(pages);
  }

  it('reads a PDF printed from the Word file alike: facts from the form, a preambular paragraph ended by a page break, a capitalised compound cut at its hyphen', async () => {
    const path = join(dir, 'ctbt_draft.pdf');
    // A/RES/80/70: PP 10 ends a page on "…of the Treaty," and PP 11 opens the next on "Recalling further"; PP 6 ("…could
    // be resumed,") before "Encouraged by", PP 16 before OP 1; "Nuclear-Test-" / "Ban Treaty" at a line's end.
    const pp = (n: number): string => ctbt.paragraphs.find((paragraph) => paragraph.label === `PP ${n}`)!.text.slice(0, 40);
    await writeFile(path, await printedFromWord(ctbt, { pageBefore: [pp(7), pp(11), 'Stresses the vital importance'], breakAfter: ['Comprehensive Nuclear-Test-'] }));
    const draft = await loadAnyDocument(path);
    expect(factsOf(draft.meta)).toEqual(factsOf(ctbt.meta));
    expect(draft.paragraphs.find((paragraph) => paragraph.label === 'PP 11')?.text).toMatch(/^Recalling further the Final Declaration/);
    expect(draft.paragraphs.map((paragraph) => paragraph.text).join(' ')).not.toMatch(/Test- Ban|TestBan/);
    expect(draft.paragraphs.map((paragraph) => paragraph.label)).toEqual(ctbt.paragraphs.map((paragraph) => paragraph.label));
    expectAllUnchanged(await compare(ctbtPath, path), 28);
  });

  it('keeps the hyphen of a compound cut at a line end when its parts are a compound ("information-" / "sharing"), and closes a word the typesetter cut', async () => {
    const path = join(dir, 'att_draft.pdf');
    // A/RES/80/46 OP 12 and OP 13 print "information-sharing"; the reader had made it "informationsharing".
    await writeFile(path, await printedFromWord(att, { pageBefore: [], breakAfter: ['information-', 'implemen|tation'] }));
    const draft = await loadAnyDocument(path);
    const texts = draft.paragraphs.map((paragraph) => paragraph.text).join(' ');
    expect(texts.match(/information-sharing/g)?.length).toBe(2);
    expect(texts).not.toMatch(/informationsharing|implemen-\s?tation|implemen\station/);
    expect(factsOf(draft.meta)).toEqual(factsOf(att.meta));
    expectAllUnchanged(await compare(attPath, path), att.paragraphs.filter((paragraph) => paragraph.role !== 'heading').length);
  });
  it("reads Word's plain-text export (one paragraph a line, the form on top) line by line: PP 6 ends before PP 7 \"Encouraged by\"", async () => {
    // `soffice --convert-to txt:Text` of the .docx: each block on a line of its own, the form's cells too, OPs indented.
    const lines = [
      ...firstPage(ctbt.meta).flatMap((block) => (block.startsWith('Distr.') ? ['Distr.: General', block.replace(/^Distr\.: \S+ /, '')] : block.startsWith(ctbt.meta.session!) ? [ctbt.meta.session!, `Agenda item ${ctbt.meta.agendaItem}`] : [block])),
      ...bodyParagraphs(ctbt).map(({ text, number }) => (number ? `    ${number} ${text}` : text)),
      ctbt.meta.meeting!,
      longDate(ctbt.meta.status!.on!),
    ];
    const path = join(dir, 'ctbt_draft.txt');
    await writeFile(path, `\uFEFF${lines.join('\n')}\n`);
    const draft = await loadAnyDocument(path);
    expect(draft.paragraphs.find((paragraph) => paragraph.label === 'PP 7')?.text).toMatch(/^Encouraged by the signing of the Treaty/);
    expectAllUnchanged(await compare(ctbtPath, path), 28);
  });
});

/**
 * The words that open a preambular paragraph, which the readers of hard-wrapped text (a PDF's lines, its extracted
 * text) take as a paragraph's start after a line that ends one: every PP of the UN series of ../shared/data (the
 * held-out five aside) opens with one of them. "Encouraged by", "Confirming", "Honouring", "Re-emphasizing" were missing.
 */
/** The series held out of the reader's development: the list was not built from them, nor is it tested on them. */
const heldOut = new Set([
  'office-of-the-united-nations-high-commissioner-for-refugees',
  'rights-of-indigenous-peoples',
  'question-of-the-british-virgin-islands',
  'human-rights-and-unilateral-coercive-measures',
  'question-of-tokelau',
]);

describe.skipIf(!UN_SERIES_AVAILABLE)(`preambular openers${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('opens every preambular paragraph of the series', async () => {
    const unknown = new Map<string, number>();
    let preambular = 0;
    for (const series of readdirSync(UN_SERIES).filter((name) => !heldOut.has(name))) {
      for (const file of readdirSync(join(UN_SERIES, series)).filter((name) => name.endsWith('.txt'))) {
        for (const paragraph of (await loadAnyDocument(join(UN_SERIES, series, file))).paragraphs) {
          if (paragraph.role !== 'preambular') continue;
          preambular++;
          if (PREAMBULAR_OPENER.test(paragraph.text)) continue;
          const opening = paragraph.text.split(' ').slice(0, 2).join(' ');
          unknown.set(opening, (unknown.get(opening) ?? 0) + 1);
        }
      }
    }
    expect(preambular).toBeGreaterThan(3000);
    // A/RES/79/182's "S-29/1 of 12 …", the rest of PP 3 after a page break, is no paragraph of its own since session 17.
    expect([...unknown]).toEqual([]);
    for (const opener of ['Encouraged by', 'Taking into consideration', 'Referring to', 'Emphasising', 'Disturbed by', 'Troubled by', 'Deeply disturbed']) expect(opener).toMatch(PREAMBULAR_OPENER);
    for (const inside of ['Beijing Declaration', 'Kunming-Montreal', 'Treaty on the Non-Proliferation']) expect(inside).not.toMatch(PREAMBULAR_OPENER);
  }, 120_000);
});
