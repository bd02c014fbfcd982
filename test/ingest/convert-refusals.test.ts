import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/ingest/convert.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Document } from '../../src/types.js';
import { CTBT, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';
import { SHARED_MISSING } from '../helpers/paths.js';

/**
 * Word processors' other formats, which redline does not read: a new user's Rich Text file of a resolution was compared
 * as its markup ("{\rtf1\ansi\deff3 {\fonttbl…", exit 0, "These texts look unrelated"), and an .odt was refused with
 * "Unpack it and give the document inside", which does not help. Both are refused in one line that says to save the
 * file as .docx. The files are made from the official text of A/RES/80/70.
 */
describe.skipIf(!UN_SERIES_AVAILABLE)(`Rich Text and OpenDocument files${UN_SERIES_AVAILABLE ? '' : ` (${SHARED_MISSING})`}`, () => {
  let document: Document;
  beforeAll(async () => {
    document = await loadAnyDocument(join(UN_SERIES, CTBT, 'A_RES_80_70.txt'));
  });
  const paragraphs = (): string[] => document.paragraphs.map((paragraph) => (paragraph.number ? `${paragraph.number} ${paragraph.text}` : paragraph.text));

  it('refuses an .rtf file by its signature, saying to save it as .docx or .txt', async () => {
    // As LibreOffice writes it: "{\rtf1\ansi\deff3\adeflang1025", a font table, then the paragraphs with \par.
    const rtf = `{\\rtf1\\ansi\\deff3\\adeflang1025\n{\\fonttbl{\\f0\\froman\\fprq2\\fcharset0 Times New Roman;}}\n${paragraphs()
      .map((text) => `{\\pard\\plain ${text.replace(/[\\{}]/g, (char) => `\\${char}`).replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0)}?`)}\\par}`)
      .join('\n')}\n}`;
    await expect(convertBytes(new TextEncoder().encode(rtf), 'anwfz_autonum.rtf')).rejects.toMatchObject({
      code: 'unsupported-format',
      file: 'anwfz_autonum.rtf',
      message: expect.stringMatching(/Rich Text \(\.rtf\)/),
      hint: expect.stringMatching(/^Save it as \.docx or as plain text/),
    });
  });

  it('refuses an .odt file as OpenDocument, saying to save it as .docx (not to unpack it)', async () => {
    const zip = new JSZip();
    // The OpenDocument package: its `mimetype` first and stored, then the content.
    zip.file('mimetype', 'application/vnd.oasis.opendocument.text', { compression: 'STORE' });
    const body = paragraphs()
      .map((text) => `<text:p>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text:p>`)
      .join('');
    zip.file('content.xml', `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>${body}</office:text></office:body></office:document-content>`);
    const bytes = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const refusal = convertBytes(bytes, 'anwfz_autonum.odt');
    await expect(refusal).rejects.toMatchObject({ code: 'unsupported-format', file: 'anwfz_autonum.odt', message: expect.stringMatching(/OpenDocument/), hint: expect.stringMatching(/^Save it as \.docx/) });
    await expect(refusal).rejects.not.toMatchObject({ hint: expect.stringMatching(/Unpack/) });
  });

  it('still reads a text that merely mentions Rich Text', async () => {
    const text = `${paragraphs().slice(0, 3).join('\n\n')}\n\nSave the draft as {\\rtf1 if you must.\n`;
    expect((await convertBytes(new TextEncoder().encode(text), 'note.txt')).text).toContain('{\\rtf1 if you must.');
  });
});
