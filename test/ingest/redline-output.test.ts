import { describe, expect, it } from 'vitest';
import { convertBytes } from '../../src/ingest/convert.js';
import { renderDigestDocx } from '../../src/report/digest-docx.js';

// Trial 19-b D3: a digest.docx printed to PDF (`old-digest.pdf`) was read as a document and grouped into a series of its
// own. A memo redline wrote, as Word or as the text of its PDF, is refused with its own code; a batch skips it.
describe('a digest, target memo or history redline wrote', () => {
  it('refuses the digest as Word, naming what it is', async () => {
    const bytes = await renderDigestDocx({ series: [] });
    await expect(convertBytes(bytes, 'old-digest.docx')).rejects.toMatchObject({
      code: 'redline-output',
      file: 'old-digest.docx',
      message: 'is a digest written by redline (saved or printed), not a document',
      hint: 'Compare the texts it was made from.',
    });
  });

  it('refuses the same openings as extracted text would read them, and reads a text that merely starts alike', async () => {
    const { MEMO_OPENINGS } = await import('../../src/ingest/convert.js');
    const printed = [
      '# What was negotiated\n\nredline digest of texts dated 2023-12-04 to 2025-12-01: each change by the label negotiators cite, with its signals.\n\n1 series',
      '# Seed statement\n\nredline target memo: each paragraph with its earlier sources and what changed.\n',
      '# History: The Arms Trade Treaty\n\n4 versions, 78/48 to 80/46: every paragraph followed across them\n\n## Versions\n',
    ];
    expect(printed.map((text) => MEMO_OPENINGS.find((memo) => memo.opening.test(text))?.what ?? null)).toEqual(['a digest', 'a target memo', 'a series history']);
    // A policy text headed "What was negotiated" is a document: the line after is not redline's.
    expect(MEMO_OPENINGS.some((memo) => memo.opening.test('# What was negotiated\n\nThe parties agreed on three points.\n'))).toBe(false);
  });
});
