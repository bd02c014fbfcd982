import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import { renderText } from '../../src/report/text.js';
import type { Document } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { SOFFICE, unDraftPdf } from '../helpers/un-draft-pdf.js';

/**
 * Issue 23: a draft adopted without textual change reads "no change in text", on a PDF made from one too. Each draft
 * of the 80th session in ../shared/data is typeset again as a UN document by LibreOffice (form, paragraphs, footnotes
 * at the page foot, running header and page numbers on later pages), then read back as a PDF and compared with the
 * draft's extracted text and with the adopted resolution: every paragraph unchanged, footnotes with their paragraphs.
 */
const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');
const NO_SOFFICE = 'LibreOffice (soffice) is not installed (apt-get install -y libreoffice-writer-nogui): the drafts typeset as PDFs are skipped';

if (!HAS_SHARED) console.warn(SHARED_MISSING);
else if (!SOFFICE) console.warn(NO_SOFFICE);

/** Each paragraph's label and its footnotes' marks: where the notes were attached. */
const notesOf = (document: Document): string[] =>
  document.paragraphs.filter((paragraph) => paragraph.footnotes?.length).map((paragraph) => `${paragraph.label}: ${(paragraph.footnotes ?? []).map((note) => note.mark).join(' ')}`);

describe.skipIf(!HAS_SHARED || !SOFFICE)(`drafts of the 80th session typeset as UN PDFs${!HAS_SHARED ? ` (${SHARED_MISSING})` : !SOFFICE ? ` (${NO_SOFFICE})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-draft-pdfs-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    ['A_80_L.6', 'necessity-of-ending-the-economic-commercial-and-financial-em/A_RES_80_4', 14],
    ['A_80_L.7', 'report-of-the-international-atomic-energy-agency/A_RES_80_7', 10],
    ['A_C.1_80_L.9', 'the-arms-trade-treaty/A_RES_80_46', 38],
    ['A_C.6_80_L.12', 'the-scope-and-application-of-the-principle-of-universal-juri/A_RES_80_168', 13],
  ])('%s as a PDF: no change in text against the draft\'s text and against %s', async (name, adopted, paragraphs) => {
    const text = join(TEXTS, 'drafts', `${name}.txt`);
    const draft = await loadAnyDocument(text);
    const bytes = unDraftPdf(draft, readFileSync(text, 'utf8'));
    expect(bytes, 'LibreOffice wrote no PDF').not.toBeNull();
    const pdf = join(dir, `${name}.pdf`);
    writeFileSync(pdf, bytes as Uint8Array);

    const fromPdf = await loadAnyDocument(pdf);
    expect([fromPdf.meta.symbol, fromPdf.meta.title, fromPdf.meta.status?.stage]).toEqual([draft.meta.symbol, draft.meta.title, 'draft']);
    expect(fromPdf.paragraphs.map((paragraph) => paragraph.label)).toEqual(draft.paragraphs.map((paragraph) => paragraph.label));
    expect(notesOf(fromPdf)).toEqual(notesOf(draft));

    for (const other of [text, join(TEXTS, 'series', `${adopted}.txt`)]) {
      const result = await compare(pdf, other);
      const [comparison] = result.comparisons;
      expect({ other, ...comparison.summary }).toEqual({ other, unchanged: paragraphs, modified: 0, split: 0, merged: 0, new: 0, dropped: 0, moved: 0, renumbered: 0, substantive: 0, routine: 0, editorial: 0 });
      expect(renderText(result, { color: false })).toContain('No changes: every paragraph is unchanged.');
    }
  }, 120_000);
});
