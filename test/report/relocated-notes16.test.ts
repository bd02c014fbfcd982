import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { keyChanges } from '../../src/report/key-changes.js';
import { renderText } from '../../src/report/text.js';
import type { RedlineResult } from '../../src/types.js';
import { ARMS_TRADE, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 16c defect 6: 79/52 first names the Arms Trade Treaty in PP 9, so its UNTS note moved there from 78/48's PP 10.
// The key change of PP 9 read "… footnote 5 added (cited by older PP 10 before): United Nations, Treaty Series …",
// two lines of the memo's first page for a note that only moved. Now `relocated: true`, said on both rows, no key change.
const ATT = (symbol: string): string => join(UN_SERIES, ARMS_TRADE, `A_RES_${symbol}.txt`);
const MOVED_IN = 'footnote 5 added (cited by older PP 10 before): United Nations, Treaty Series, vol. 3013, No. 52373.';
const MOVED_OUT = 'footnote 5 removed (now cited by PP 9): United Nations, Treaty Series, vol. 3013, No. 52373.';

describe.skipIf(!UN_SERIES_AVAILABLE)('a footnote that only moved with its instrument\'s first mention (ATT 78/48 → 79/52)', () => {
  let result: RedlineResult;
  beforeAll(async () => {
    result = await compare(ATT('78_48'), ATT('79_52'));
  });

  it('JSON: both ends carry relocated: true; the note that changed does not', () => {
    const notes = result.comparisons[0].findings.flatMap((finding) => finding.footnoteChanges ?? []);
    expect(notes.map((note) => [note.summary, note.relocated ?? false])).toEqual([
      ['footnote 4 changed: A/78/111 → A/78/111, annex', false],
      [MOVED_IN, true],
      [MOVED_OUT, true],
      // Notes that came or went with what cites them are no relocation.
      ['footnote 7 removed: A/HRC/17/31, annex.', false],
      ['footnote 8 removed: See ATT/CSP9/2023/SEC/773/Conf.FinRep.Rev2.', false],
      ['footnote 9 added: A/CONF.192/2024/RC/3.', false],
    ]);
  });

  it('key changes: PP 9 keeps "footnote 4 changed", not the moved note', () => {
    const [left, right] = result.documents;
    const pp9 = keyChanges(result.comparisons[0], left.paragraphs, right.paragraphs).find((change) => change.line.place.startsWith('PP 9'))!;
    expect(pp9.line.signals).toContain('footnote 4 changed: A/78/111 → A/78/111, annex');
    expect(pp9.line.signals.join(' ')).not.toContain('footnote 5');
    const text = renderText(result, { color: false });
    const key = text.slice(text.indexOf('key changes:'), text.indexOf('  similarity '));
    expect(key).not.toContain('footnote 5');
    // Still said on each paragraph's row.
    expect(text).toContain(MOVED_IN);
    expect(text).toContain(MOVED_OUT);
  });

  it('Word: the first page\'s key changes do not carry it; the paragraphs\' comments do', async () => {
    const zip = await JSZip.loadAsync(await renderDocx(result));
    const xml = await zip.file('word/document.xml')!.async('string');
    const firstPage = xml.slice(0, xml.indexOf('w:name="r1"')).replace(/<[^>]+>/g, '');
    expect(firstPage).toContain('footnote 4 changed');
    expect(firstPage).not.toContain('footnote 5');
    expect(await zip.file('word/comments.xml')!.async('string')).toContain('footnote 5 added (cited by older PP 10 before)');
  });
});
