import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { repairMojibake } from '../../src/ingest/mojibake.js';
import { loadAnyDocument } from '../../src/ingest/load-any-document.js';
import type { Warning } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

/** What a UTF-8 text becomes when its bytes are read as Latin-1 and written out again as UTF-8. */
const garble = (text: string): string => Buffer.from(text, 'utf8').toString('latin1');

describe('repairMojibake', () => {
  it('repairs UTF-8 read as Latin-1 or Windows-1252: hyphens, dashes, quotes', () => {
    // A non-breaking hyphen is written as the hyphen it is (trial 20-b D10: "1‑1/2 to 1-3/4 percent" had two kinds).
    expect(repairMojibake(`to 1${garble('\u2011')}1/4 percent`)).toEqual({ text: 'to 1-1/4 percent', repaired: 1, example: { garbled: garble('\u2011'), repaired: '\u2011' } });
    expect(repairMojibake('the Committeeâ€™s goals â€” now').text).toBe('the Committee’s goals — now');
    expect(repairMojibake(`${garble('“')}quoted${garble('”')}`).text).toBe('“quoted”');
  });

  it('leaves real accented text alone, including pairs that could be mojibake but may be words', () => {
    for (const text of ['Résolution adoptée à l’unanimité', 'São Tomé and Príncipe', 'Â»', 'Ã© is rare but possible', 'naïve – café']) {
      expect(repairMojibake(text)).toEqual({ text, repaired: 0, example: null });
    }
  });

  it('removes a garbled byte-order mark wherever it stands (was a TypeError: the decoder dropped the BOM and left nothing)', () => {
    const bom = garble('\uFEFF');
    expect(repairMojibake(`${bom}We reaffirm.\n`)).toEqual({ text: 'We reaffirm.\n', repaired: 1, example: { garbled: bom, repaired: '\uFEFF' } });
    expect(repairMojibake(`We reaffirm.${bom}\n\n${bom}We decide.`).text).toBe('We reaffirm.\n\nWe decide.');
  });

  it('undoes the garbling of any text made of punctuation and accented letters that UTF-8 needs 3 bytes for', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '1', '/', '\u2011', '\u2013', '\u2014', '\u2019', '\u201c', '\u20ac', '\u2026') }), (text) => {
        expect(repairMojibake(garble(text)).text).toBe(text.replace(/\u2011/g, '-'));
      }),
      { numRuns: 300, seed: 5 },
    );
  });
});

describe.skipIf(!HAS_SHARED)('mojibake in the FOMC statements', () => {
  it('finds it in 17 of the 219 statements, repairs it and warns once per file', async () => {
    const folder = join(SHARED_DATA, 'fomc-statements');
    const files = readdirSync(folder).filter((name) => /^fomc_.*\.txt$/.test(name)).sort();
    expect(files.length).toBe(219);
    const affected: string[] = [];
    for (const name of files) {
      if (repairMojibake(readFileSync(join(folder, name), 'utf8')).repaired > 0) affected.push(name);
    }
    expect(affected.length).toBe(17);
    const warnings: Warning[] = [];
    const document = await loadAnyDocument(join(folder, 'fomc_2020-03-03.txt'), { warnings });
    expect(document.paragraphs.some((paragraph) => paragraph.text.includes('1-1/4'))).toBe(true);
    expect(document.paragraphs.some((paragraph) => paragraph.text.includes('\u2011'))).toBe(false);
    expect(document.paragraphs.some((paragraph) => /[\u0080-\u009f]/.test(paragraph.text))).toBe(false);
    expect(warnings).toEqual([expect.objectContaining({ code: 'mojibake', message: 'repaired 1 garbled character sequence (UTF-8 read as Latin-1 upstream), e.g. "â\\u0080\\u0091" → "-" (U+2011, a non-breaking hyphen, written as a hyphen)' })]);
  });
});

if (!HAS_SHARED) console.warn(SHARED_MISSING);
