import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { compare } from '../../src/pipeline.js';
import { renderDocx } from '../../src/report/docx.js';
import { convertWithLibreOffice, findSoffice } from '../../src/report/pdf.js';
import { SHARED_MISSING } from '../helpers/paths.js';
import { DPRK, UN_SERIES, UN_SERIES_AVAILABLE } from '../helpers/un-series.js';

// Trial 17 b, D5: the DPRK memo (79/181 → 80/220) printed to PDF showed wrong footnote texts (footnote 1 "A/HRC/60/58.",
// footnote 3 empty …) though footnotes.xml was right. LibreOffice takes a comment whose id is also a footnote's for that
// footnote: the comments were numbered from 0, the footnotes from 1. Comments are now numbered past every footnote.
if (!UN_SERIES_AVAILABLE) console.warn(SHARED_MISSING);
const SOFFICE = findSoffice(process.env.PATH ?? '');
const PDFTOTEXT = existsSync('/usr/bin/pdftotext');
if (!SOFFICE || !PDFTOTEXT) console.warn('LibreOffice or pdftotext is absent: the printed memo\'s footnotes are not checked (only the ids in the .docx)');

describe.skipIf(!UN_SERIES_AVAILABLE)('Word memo footnotes as LibreOffice prints them (DPRK 79/181 → 80/220)', () => {
  let memo: Uint8Array;
  const load = async (): Promise<Uint8Array> => (memo ??= await renderDocx(await compare(join(UN_SERIES, DPRK, 'A_RES_79_181.txt'), join(UN_SERIES, DPRK, 'A_RES_80_220.txt'))));

  it('no comment id is a footnote id', async () => {
    const zip = await JSZip.loadAsync(await load());
    const footnotes = await zip.file('word/footnotes.xml')!.async('string');
    const comments = await zip.file('word/comments.xml')!.async('string');
    const footnoteIds = [...footnotes.matchAll(/<w:footnote (?:w:type="\w+" )?w:id="(-?\d+)"/g)].map((match) => Number(match[1]));
    const commentIds = [...comments.matchAll(/<w:comment w:id="(\d+)"/g)].map((match) => Number(match[1]));
    expect(footnoteIds.length).toBe(39); // 37 notes, the separator and the continuation separator
    // 24 since aligner/16 (session 18): OP 2 (a) (xiii) merged into (viii), three comments (two 'merged to', one 'merged from').
    expect(commentIds.length).toBe(24);
    expect(commentIds.filter((id) => footnoteIds.includes(id))).toEqual([]);
  }, 60_000);

  it.skipIf(!SOFFICE || !PDFTOTEXT)('printed by LibreOffice, each footnote under its number reads as the resolution\'s', async () => {
    const pdf = await convertWithLibreOffice(SOFFICE!, await load());
    const path = join(await mkdtemp(join(tmpdir(), 'redline-memo-')), 'memo.pdf');
    await writeFile(path, pdf);
    const lines = execFileSync('pdftotext', ['-layout', '-f', '2', '-l', '3', path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n');
    // pdftotext sets a footnote's number on a line of its own, its text on the next.
    const note = (number: number): string => (lines[lines.findIndex((line) => line.trim() === String(number)) + 1] ?? '').trim();
    expect(note(1)).toMatch(/^See Official Records of the General Assembly, Seventy-ninthEightieth Session/);
    expect(note(2)).toBe('A/HRC/25/63.');
    expect(note(3)).toBe('A/HRC/60/58.');
    expect(note(4)).toBe('A/79/235A/80/149.');
    expect(note(5)).toBe('A/79/277A/80/312.');
    expect(note(6)).toBe('See resolution 2200 A (XXI), annex.');
    expect(note(12)).toBe('CRPD/C/PRK/Q/1.');
  }, 120_000);
});
