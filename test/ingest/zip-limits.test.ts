import { describe, expect, it } from 'vitest';
import { assertDocxInflatesWithin } from '../../src/ingest/zip-limits.js';
import { convertDocx } from '../../src/ingest/docx.js';
import { RedlineError } from '../../src/errors.js';
import { bombDocx, buildDocx } from '../helpers/corpus-docx.js';

const MB = 1024 * 1024;

/** Rewrite every uncompressed size in the central directory to 1 byte: the archive lies about what it holds. */
function lieAboutSizes(bytes: Uint8Array): Uint8Array {
  const copy = new Uint8Array(bytes);
  const view = new DataView(copy.buffer);
  for (let at = 0; at + 46 <= copy.length; at++) {
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, 1, true);
  }
  return copy;
}

function refusalOf(run: () => unknown): RedlineError {
  try {
    run();
  } catch (error) {
    if (error instanceof RedlineError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('assertDocxInflatesWithin', () => {
  it('passes an ordinary Word file', async () => {
    const docx = await buildDocx([{ text: 'We welcome the decision.' }]);
    expect(() => assertDocxInflatesWithin(docx, 'ok.docx')).not.toThrow();
    // The same file rezipped with a 1 MB body under the limit still converts: the guard refuses only what exceeds it.
    expect((await convertDocx(await bombDocx(MB), 'padded.docx')).text).toBe('We welcome the decision.\n');
  });

  it('refuses a small zip whose document.xml inflates past the limit, by the sizes its directory declares', async () => {
    const bomb = await bombDocx(8 * MB);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const error = refusalOf(() => assertDocxInflatesWithin(bomb, 'bomb.docx', 4 * MB));
    expect(error.code).toBe('docx-too-large');
    expect(error.toLine()).toMatch(/^bomb\.docx: is a Word file whose text inflates to 8\.0 MB, over the 4\.0 MB a document may unpack to \(a zip bomb\?\)\. /);
  });

  it('refuses it too when the directory lies about the sizes: the parts are inflated with a cap', async () => {
    const liar = lieAboutSizes(await bombDocx(8 * MB));
    const error = refusalOf(() => assertDocxInflatesWithin(liar, 'liar.docx', 4 * MB));
    expect(error.toLine()).toMatch(/^liar\.docx: is a Word file whose text inflates to more than 4\.0 MB, over the 4\.0 MB/);
  });

  it('refuses the 150 MB document.xml of the report before mammoth reads it (no out-of-memory abort)', async () => {
    const bomb = await bombDocx(150 * MB);
    expect(bomb.length).toBeLessThan(512 * 1024);
    await expect(convertDocx(bomb, 'bomb.docx')).rejects.toMatchObject({ code: 'docx-too-large', file: 'bomb.docx' });
  }, 30_000);
});
