import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Document } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { SOFFICE } from '../helpers/un-draft-pdf.js';

/**
 * Issue 23, trial 21-a D5: a UN text's extracted text printed to PDF as it is (`soffice --convert-to pdf X.txt`: one
 * type size, the text's own running headers `A/C.1/80/L.9 … 2/5` and footnote areas standing inside the printed pages,
 * long lines wrapped by the word processor) read 38 → 67 paragraphs, OP 1 labelled PP 30. It reads as the text does:
 * the same labels, the same footnotes on the same paragraphs, and no change against the text. The PDFs are printed
 * from ../shared/data in each run, never committed.
 */
const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');
const NO_SOFFICE = 'LibreOffice (soffice) is not installed (apt-get install -y libreoffice-writer-nogui): the texts printed to PDF are skipped';

if (!HAS_SHARED) console.warn(SHARED_MISSING);
else if (!SOFFICE) console.warn(NO_SOFFICE);

const notesOf = (document: Document): string[] =>
  document.paragraphs.filter((paragraph) => paragraph.footnotes?.length).map((paragraph) => `${paragraph.label}: ${(paragraph.footnotes ?? []).map((note) => `${note.mark} ${note.text}`).join(' | ')}`);

function printToPdf(text: string, dir: string): string {
  const name = text.split('/').pop() as string;
  copyFileSync(text, join(dir, name));
  execFileSync(SOFFICE as string, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, join(dir, name)], { stdio: 'ignore', timeout: 120_000 });
  const pdf = join(dir, name.replace(/\.txt$/, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF of ${name}`);
  return pdf;
}

describe.skipIf(!HAS_SHARED || !SOFFICE)(`UN texts printed to PDF as plain text${!HAS_SHARED ? ` (${SHARED_MISSING})` : !SOFFICE ? ` (${NO_SOFFICE})` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-printed-text-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    // A draft: a running header of symbol, job number and `2/5`, footnotes under a rule, pages cut mid-paragraph.
    ['drafts/A_C.1_80_L.9', 38, 'OP 1'],
    ['drafts/A_80_L.6', 14, 'OP 1'],
    // An adopted text: its odd pages' header prints the short title beside the symbol.
    ['series/the-arms-trade-treaty/A_RES_80_46', 38, 'OP 1'],
  ])('%s printed to PDF reads as its text: %i paragraphs, the same labels and footnotes, no change', async (name, count, firstOperative) => {
    const text = join(TEXTS, `${name}.txt`);
    const pdf = printToPdf(text, dir);
    const [fromText, fromPdf] = await Promise.all([loadAnyDocument(text), loadAnyDocument(pdf)]);
    expect(fromPdf.paragraphs.length).toBe(count);
    expect(fromPdf.paragraphs.map((paragraph) => paragraph.label)).toEqual(fromText.paragraphs.map((paragraph) => paragraph.label));
    expect(fromPdf.paragraphs.map((paragraph) => paragraph.label)).toContain(firstOperative);
    expect(notesOf(fromPdf)).toEqual(notesOf(fromText));
    expect([fromPdf.meta.symbol, fromPdf.meta.title, fromPdf.meta.status?.stage]).toEqual([fromText.meta.symbol, fromText.meta.title, fromText.meta.status?.stage]);
    const [comparison] = (await compare(text, pdf)).comparisons;
    expect(comparison.summary).toMatchObject({ unchanged: count, modified: 0, new: 0, dropped: 0, renumbered: 0 });
  }, 180_000);
});
