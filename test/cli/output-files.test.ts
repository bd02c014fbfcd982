import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { findSoffice } from '../../src/report/pdf.js';
import { DRAFT, ROOT, SEED } from '../helpers/paths.js';
import { writeTemp } from '../helpers/edit-seed.js';

const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));
const OUT = mkdtempSync(join(tmpdir(), 'redline-output-files-'));

/** Run the bin as a user does; resolves to its exit code, standard error and the file it was asked to write (or null). */
function redline(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout.resume();
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

/** The first bytes of a written file, as Latin-1 (enough to tell a zip, a PDF, HTML, JSON and text apart). */
function head(path: string, length = 16): string {
  return readFileSync(path).subarray(0, length).toString('latin1');
}

const CAN_PDF = findSoffice(process.env.PATH ?? '') !== null || existsSync('/usr/bin/chromium');

/** Every output file is what its name says: each extension case through the bin. */
describe.skipIf(!BUILT)('-o FILE: the file is what its name says (through the bin)', () => {
  it.each([
    ['compare', 'r.txt', /^redline \d/],
    ['compare', 'r.json', /^\{\n {2}"schemaVersion"/],
    ['compare', 'r.html', /^<!DOCTYPE html>/],
    ['compare', 'r.md', /^## Redline: /],
    ['compare', 'r.diff', /^--- /],
    ['compare', 'r.patch', /^--- /],
    ['compare', 'memo.docx', /^PK\u0003\u0004/],
    ['report', 'report.docx', /^PK\u0003\u0004/],
    ['report', 'report.htm', /^<!DOCTYPE html>/],
  ])('%s -o %s writes that format', async (command, name, start) => {
    const out = join(OUT, `${command}-${name}`);
    const { code, stderr } = await redline([command, DRAFT, SEED, '-o', out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(head(out, 40)).toMatch(start);
  });

  it.skipIf(!CAN_PDF)('compare -o memo.pdf and report -o report.pdf write a PDF (LibreOffice, else Chromium)', async () => {
    for (const command of ['compare', 'report']) {
      const out = join(OUT, `${command}.pdf`);
      const { code, stderr } = await redline([command, DRAFT, SEED, '-o', out]);
      expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
      expect(head(out, 5)).toBe('%PDF-');
    }
  }, 120_000);

  // As compare's (trial 16c defect 9): `history -o x.pdf` printed the page with Chromium although LibreOffice was here.
  // `report -o x.pdf` alone prints its page first (trial 18-a; test/cli/commands/report.test.ts).
  it.skipIf(findSoffice(process.env.PATH ?? '') === null)('history -o history.pdf is its Word output converted by LibreOffice, as report\'s is', async () => {
    const out = join(OUT, 'history.pdf');
    const { code, stderr } = await redline(['history', DRAFT, SEED, '-o', out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(head(out, 5)).toBe('%PDF-');
    const bytes = readFileSync(out).toString('latin1');
    // LibreOffice writes its name as the producer in UTF-16 hex ("LibreOffice"), Chromium "Skia/PDF".
    expect(bytes).toMatch(/Producer\s*<FEFF004C0069006200720065004F0066006600690063/);
    expect(bytes).not.toContain('Skia/PDF');
  }, 120_000);

  it.skipIf(!existsSync('/usr/bin/chromium'))('without LibreOffice, history -o history.pdf is the page printed by Chromium', async () => {
    const out = join(OUT, 'history-chromium.pdf');
    const { code, stderr } = await redline(['history', DRAFT, SEED, '-o', out], { PATH: '' });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(head(out, 5)).toBe('%PDF-');
    expect(readFileSync(out).toString('latin1')).toContain('Skia/PDF');
  }, 60_000);

  it.skipIf(!existsSync('/usr/bin/chromium') || !existsSync('/usr/bin/pdftotext'))('without LibreOffice, report -o x.pdf is the HTML page printed by Chromium', async () => {
    const out = join(OUT, 'chromium.pdf');
    const { code, stderr } = await redline(['report', DRAFT, SEED, '-o', out], { PATH: '' });
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(head(out, 5)).toBe('%PDF-');
    const text = await new Promise<string>((resolve) => {
      const child = spawn('/usr/bin/pdftotext', [out, '-']);
      let printed = '';
      child.stdout.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
      child.on('close', () => resolve(printed));
    });
    // The report's own words, which the Word output does not have: this PDF is the page, not the DOCX.
    expect(text).toContain('Older');
    expect(text).toMatch(/Joint Statement of the First Ministerial Conference/);
    expect(text).not.toContain('accept all for the newer text');
  }, 60_000);

  it('refuses -o x.pdf with a hint, before any work and writing nothing, when neither LibreOffice nor Chromium is here', async () => {
    const out = join(OUT, 'nowhere.pdf');
    const { code, stderr } = await redline(['report', DRAFT, SEED, '-o', out], { PATH: '', REDLINE_CHROMIUM: join(OUT, 'no-chromium') });
    expect(code).toBe(2);
    expect(stderr).toBe(
      'redline: cannot write a PDF: neither LibreOffice (soffice on the PATH) nor Chromium with playwright-core is here. Install LibreOffice (Debian: apt-get install libreoffice-writer-nogui), or write -o x.docx or -o x.html and print that.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    ['report', 'x.odt', 'redline: {out}: report cannot write a .odt file. report writes .html, .md, .docx and .pdf: name the file so, or give --format html|md|docx|pdf.\n'],
    ['compare', 'x.xyz', 'redline: {out}: compare cannot write a .xyz file. compare writes .txt, .json, .html, .md, .diff, .docx and .pdf: name the file so, or give --format text|json|html|md|unified|docx|pdf.\n'],
    ['report', 'x.json', 'redline: {out}: report cannot write a .json file. report writes .html, .md, .docx and .pdf: name the file so, or give --format html|md|docx|pdf.\n'],
    ['history', 'x.odt', 'redline: {out}: history cannot write a .odt file. history writes .txt, .json, .html, .md, .docx and .pdf: name the file so, or give --format text|json|html|md|docx|pdf.\n'],
    ['compare', 'x', 'redline: {out}: cannot tell the format from its extension. compare writes .txt, .json, .html, .md, .diff, .docx and .pdf: name the file so, or give --format text|json|html|md|unified|docx|pdf.\n'],
  ])('%s -o %s is refused with the list of formats (exit 2), and nothing is written', async (command, name, message) => {
    const out = join(OUT, `refused-${command}-${name}`);
    const { code, stderr } = await redline([command, DRAFT, SEED, '-o', out]);
    expect({ code, stderr }).toEqual({ code: 2, stderr: message.replace('{out}', out) });
    expect(existsSync(out)).toBe(false);
  });

  it('writes the Word document to standard output when it is redirected (> memo.docx)', async () => {
    const bytes = await new Promise<Buffer>((resolve) => {
      const child = spawn(process.execPath, [BIN, 'compare', DRAFT, SEED, '--format', 'docx']);
      const chunks: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
      child.on('close', () => resolve(Buffer.concat(chunks)));
    });
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const out = join(OUT, 'same.docx');
    expect(await redline(['compare', DRAFT, SEED, '-o', out])).toEqual({ code: 0, stderr: '' });
    expect(readFileSync(out).equals(bytes)).toBe(true); // the same bytes as -o: deterministic, whichever way it is written
  });

  it('dates the changes of undated texts with SOURCE_DATE_EPOCH, never the clock', async () => {
    const older = writeTemp('older.txt', 'The parties welcome the report of the Secretary-General.');
    const newer = writeTemp('newer.txt', 'The parties take note of the report of the Secretary-General.');
    const out = join(OUT, 'epoch.docx');
    expect(await redline(['compare', older, newer, '-o', out], { ...process.env, SOURCE_DATE_EPOCH: '1700000000' })).toEqual({ code: 0, stderr: '' });
    const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
    expect([...new Set([...xml.matchAll(/<w:(?:ins|del) [^>]*w:date="([^"]+)"/g)].map((match) => match[1]))]).toEqual(['2023-11-14T22:13:20Z']);
  });

  it('refuses a --format that disagrees with -o (exit 2), and takes one that agrees', async () => {
    const out = join(OUT, 'memo.docx');
    const refused = await redline(['compare', DRAFT, SEED, '--format', 'html', '-o', join(OUT, 'disagree.docx')]);
    expect(refused).toEqual({ code: 2, stderr: `redline: ${join(OUT, 'disagree.docx')}: --format html disagrees with the file's extension .docx. Give -o a name ending in .html, or leave out --format.\n` });
    expect(await redline(['compare', DRAFT, SEED, '--format', 'docx', '-o', out])).toEqual({ code: 0, stderr: '' });
    expect(head(out, 4)).toBe('PK\u0003\u0004');
  });
});
