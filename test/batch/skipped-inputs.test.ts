import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { BatchManifest, DigestFile } from '../../src/types.js';
import { captureCliIo } from '../helpers/cli-capture.js';
import { renderDigestDocx } from '../../src/report/digest-docx.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions/texts');
if (!HAS_SHARED) console.warn(`Skipping the skipped-inputs batch test: ${SHARED_MISSING}`);

// Trial 19-b D4: the adopted text 80/46 saved as .odt was skipped unnamed ("skipped 1 odt"), batch.json had no skipped
// list although docs/batch.md says it does, and the digest said "The adopted text of draft A/C.1/80/L.9 is not in the corpus".
describe.skipIf(!HAS_SHARED)('a chain whose corpus holds an .odt and an image', () => {
  it('names each skipped file on stderr with what to do, lists them in batch.json and counts them beside the missing adopted text', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-skipped-run-'));
    await copyFile(join(UN, 'series/the-arms-trade-treaty/A_RES_79_52.txt'), join(corpus, 'A_RES_79_52.txt'));
    await copyFile(join(UN, 'drafts/A_C.1_80_L.9.txt'), join(corpus, 'A_C.1_80_L.9.txt'));
    // An OpenDocument file opens with its stored mimetype (the bytes do not matter: it is skipped by its extension).
    await writeFile(join(corpus, 'A_RES_80_46.odt'), 'PK\u0003\u0004mimetypeapplication/vnd.oasis.opendocument.text');
    await writeFile(join(corpus, 'scan-1.png'), '\u0089PNG');
    // An earlier digest saved elsewhere, without its batch.json (trial 19-b D3: printed to PDF, it became a series).
    await writeFile(join(corpus, 'old-digest.docx'), await renderDigestDocx({ series: [] }));
    const out = join(corpus, 'out');
    const io = captureCliIo();
    const code = await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache'], io);
    expect(code).toBe(0);
    const odt = join(corpus, 'A_RES_80_46.odt');
    const png = join(corpus, 'scan-1.png');
    const odtLine = `${odt}: is an OpenDocument file (.odt, LibreOffice's own format), not a Word document. Save it as .docx (File > Save As > Word) or as PDF, and give that.`;
    const pngLine = `${png}: is an image, not a text (a scanned page?). Run OCR on it (e.g. \`ocrmypdf\`, or \`tesseract\` for an image) and give the PDF or text it makes.`;
    expect(io.err()).toContain(`redline batch: skipped ${odtLine}\nredline batch: skipped ${pngLine}\n`);
    expect(io.out()).toContain('the adopted text of draft A/C.1/80/L.9 is not in the corpus (2 inputs skipped: see batch.json)');
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    const digestLine = `${join(corpus, 'old-digest.docx')}: is a digest written by redline (saved or printed), not a document. Compare the texts it was made from.`;
    expect(io.err()).toContain(`redline batch: skipped ${digestLine}\n`);
    expect(manifest.skipped).toEqual([{ path: odt, kind: 'other-format', reason: odtLine }, { path: join(corpus, 'old-digest.docx'), kind: 'redline-output', reason: digestLine }, { path: png, kind: 'other-format', reason: pngLine }]);
    expect(manifest.documents.map((document) => document.id)).toEqual(['A/RES/79/52', 'A/C.1/80/L.9']);
    // The index's inputs section names them too.
    expect(await readFile(join(out, 'index.html'), 'utf8')).toContain(`<h3>Files not read</h3>\n  <ul><li>${odt}: is an OpenDocument file (.odt, LibreOffice&#x27;s own format), not a Word document.`);
    expect(await readFile(join(out, 'digest.md'), 'utf8')).toContain('\nThe adopted text of draft A/C.1/80/L.9 is not in the corpus (2 inputs skipped: see batch.json).\n');
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as DigestFile;
    expect(digest.series.map((series) => series.inputsNotRead)).toEqual([{ skipped: 2, failed: 0 }]);
  }, 60_000);

  it('says nothing of skipped inputs when every file was read', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-skipped-none-'));
    await copyFile(join(UN, 'series/the-arms-trade-treaty/A_RES_79_52.txt'), join(corpus, 'A_RES_79_52.txt'));
    await copyFile(join(UN, 'drafts/A_C.1_80_L.9.txt'), join(corpus, 'A_C.1_80_L.9.txt'));
    const out = join(corpus, 'out');
    const io = captureCliIo();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache'], io)).toBe(0);
    expect(io.out()).toContain('the adopted text of draft A/C.1/80/L.9 is not in the corpus), ');
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.skipped).toBeUndefined();
  }, 60_000);
});
