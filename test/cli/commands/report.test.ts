import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { findSoffice } from '../../../src/report/pdf.js';
import { DRAFT } from '../../helpers/paths.js';

const SEED = 'seeds/000_9b5e0b9e7a90fd7e.txt';

describe('redline report', () => {
  it('writes a self-contained HTML report of two files to -o, stamped with SOURCE_DATE_EPOCH', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redline-report-')), 'report.html');
    const code = await run(['report', SEED, SEED, '-o', out], { stdout: { write: () => true }, stderr: { write: () => true }, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<dt>Generated at</dt><dd>1970-01-01T00:00:00Z</dd>');
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
  });

  it('prints Markdown to standard output with --format md', async () => {
    let printed = '';
    const stdout = { write: (text: string) => (printed += text) };
    await run(['report', SEED, SEED, '--format', 'md'], { stdout, stderr: { write: () => true }, env: {} });
    expect(printed).toMatch(/^## Redline: Joint Statement of the First Ministerial Conference/);
    expect(printed).toContain('No change in text: every paragraph is unchanged and in place.');
  });
});

/** What a PDF prints, by pdftotext, and who made it (Chromium writes "Skia/PDF" as its producer, LibreOffice its name in UTF-16). */
function printed(path: string): { text: string; chromium: boolean } {
  return { text: execFileSync('/usr/bin/pdftotext', [path, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }), chromium: readFileSync(path).toString('latin1').includes('Skia/PDF') };
}

const HAS_CHROMIUM = existsSync('/usr/bin/chromium') && existsSync('/usr/bin/pdftotext');
const HAS_SOFFICE = findSoffice(process.env.PATH ?? '') !== null && existsSync('/usr/bin/pdftotext');
if (!HAS_CHROMIUM) console.warn('Skipping report -o x.pdf through Chromium: /usr/bin/chromium or /usr/bin/pdftotext is not here');

// Trial 18-a D13: `report A B -o r.pdf` printed the Word tracked-changes memo (LibreOffice being here), though `report`
// is the side-by-side page and its --help said so.
describe('redline report -o x.pdf', () => {
  const io = () => {
    let err = '';
    return { stdout: { write: () => true }, stderr: { write: (text: string) => ((err += text), true) }, env: { ...process.env, SOURCE_DATE_EPOCH: '0' } as NodeJS.ProcessEnv, err: () => err };
  };

  it.skipIf(!HAS_CHROMIUM)('is the side-by-side report printed by Chromium, LibreOffice here or not', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redline-report-pdf-')), 'report.pdf');
    const cli = io();
    expect(await run(['report', DRAFT, SEED, '-o', out], cli)).toBe(0);
    expect(cli.err()).toBe('');
    const { text, chromium } = printed(out);
    expect(chromium).toBe(true);
    // The page's own words (its comparison heading and key changes), not the memo's "accept all for the newer text".
    expect(text).toContain('REDLINE COMPARISON');
    expect(text).toContain('Key changes');
    expect(text).not.toContain('accept all for the newer text');
  }, 120_000);

  it.skipIf(!HAS_SOFFICE)('is the Word memo through LibreOffice when Chromium is not here, and standard error says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-report-pdf-'));
    const out = join(dir, 'report.pdf');
    const cli = io();
    cli.env.REDLINE_CHROMIUM = join(dir, 'no-chromium');
    expect(await run(['report', DRAFT, SEED, '-o', out], cli)).toBe(0);
    expect(cli.err()).toBe(`redline: warning: Chromium (${join(dir, 'no-chromium')}, with playwright-core) is not here to print the report: ${out} is the Word memo with tracked changes, converted by LibreOffice (write -o x.html and print it for the side-by-side report).\n`);
    const memo = printed(out);
    expect(memo.chromium).toBe(false);
    expect(memo.text.replace(/\s+/g, ' ')).toContain('accept all for the newer text');
  }, 180_000);

  it.skipIf(!HAS_SOFFICE)('leaves compare -o x.pdf the Word memo (LibreOffice)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redline-compare-pdf-')), 'memo.pdf');
    const cli = io();
    expect(await run(['compare', DRAFT, SEED, '-o', out], cli)).toBe(0);
    const { text, chromium } = printed(out);
    expect(chromium).toBe(false);
    expect(text.replace(/\s+/g, ' ')).toContain('accept all for the newer text');
    expect(text).not.toContain('REDLINE COMPARISON');
  }, 180_000);
});
