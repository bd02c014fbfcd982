import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/ingest/load-document.js';
import { compare } from '../../src/pipeline.js';
import type { Warning } from '../../src/types.js';
import { IAEA, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

/** Windows-1252's characters for the bytes 0x80–0x9F (undefined bytes as themselves). */
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A text as Windows-1252 encodes it, then decoded as Latin-1 (`iconv -f latin1`): each of “ ” ’ – — … a C1 control. */
function readAsLatin1(text: string): string {
  return [...text]
    .map((character) => {
      const index = CP1252.indexOf(character);
      if (index >= 0) return String.fromCharCode(0x80 + index);
      if (character.charCodeAt(0) > 0xff) throw new Error(`not in Windows-1252: ${character}`);
      return character;
    })
    .join('');
}

describe.skipIf(!UN_SERIES_AVAILABLE)('a Windows-1252 text converted as Latin-1 (IAEA report, A/RES/78/8)', () => {
  const original = join(UN_SERIES, IAEA, 'A_RES_78_8.txt');

  it('is read as the original: its C1 controls mapped through Windows-1252, said in one warning naming the file', async () => {
    const text = readFileSync(original, 'utf8');
    const damaged = readAsLatin1(text);
    // The damage is real: 19 “, 19 ” and 4 ’ became U+0093, U+0094 and U+0092.
    expect(damaged.match(/[\u0080-\u009f]/g)).toHaveLength(42);
    const path = join(mkdtempSync(join(tmpdir(), 'redline-cp1252-')), 'A_RES_78_8-latin1.txt');
    writeFileSync(path, damaged);
    const warnings: Warning[] = [];
    const [repaired, clean] = [await loadDocument(path, { warnings }), await loadDocument(original)];
    expect(repaired.paragraphs.map((paragraph) => paragraph.text)).toEqual(clean.paragraphs.map((paragraph) => paragraph.text));
    expect(warnings).toEqual([{ code: 'windows-1252', message: 'repaired 42 Windows-1252 characters read as Latin-1 (C1 control characters), e.g. \\u0093 → "“"', file: path }]);
    // Compared with its clean self, nothing changed: no spelling change for every quote.
    const result = await compare(original, path);
    expect(result.comparisons[0].summary.modified).toBe(0);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['windows-1252']);
  });
});
