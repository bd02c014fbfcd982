import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEED } from '../helpers/paths.js';
import { cyclicPageTreePdf, nestedFormsPdf } from '../helpers/raw-pdf.js';

/**
 * Issue 22, items 8 and 9: PDFs whose structure is hostile, through the bin in a process of its own. Each ends with
 * one line naming the file and exit 2, in bounded time.
 */
const BIN = join(ROOT, 'bin/redline.js');
const BUILT = existsSync(join(ROOT, 'dist/cli/main.js'));

function redline(args: string[]): { status: number | null; stderr: string; ms: number } {
  const started = Date.now();
  const result = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stderr: result.stderr, ms: Date.now() - started };
}

describe.skipIf(!BUILT)('issue 22: PDFs with a hostile structure, through the bin', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'redline-hostile-pdf-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('item 8: a page tree that contains itself: one line naming the file, exit 2 (was exit 3, "Pages tree contains circular reference")', () => {
    const cyclic = join(dir, 'cyclic.pdf');
    writeFileSync(cyclic, cyclicPageTreePdf());
    const outcome = redline(['compare', SEED, cyclic]);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(
      `redline: ${cyclic}: is not a readable PDF (page 2: Pages tree contains circular reference). Download it again; if it is damaged, give a text version.\n`,
    );
  }, 60_000);

  it('item 9: 40 levels of form XObjects, each drawing the next twice (8 KB, 2^39 sentences): refused in one line within the page budget, well under 10 s (was over 60 s)', () => {
    const nested = join(dir, 'nested.pdf');
    const bytes = nestedFormsPdf(40);
    expect(bytes.length).toBeLessThan(11 * 1024);
    writeFileSync(nested, bytes);
    const outcome = redline(['compare', nested, SEED]);
    expect(outcome.status).toBe(2);
    expect(outcome.stderr).toBe(
      `redline: ${nested}: is a PDF whose page 1 takes more than 3 s to read (drawings nested in drawings?), over what redline reads. If it is a real document, give a text version of it.\n`,
    );
    // The 3 s budget, the start of node and pdf.js, and the other side: measured about 4 s on a shared 2-core machine.
    expect(outcome.ms).toBeLessThan(10_000);
  }, 60_000);

  it('the same forms 8 levels deep (128 sentences) are read in full: the budget stops only what runs away', () => {
    const shallow = join(dir, 'shallow.pdf');
    writeFileSync(shallow, nestedFormsPdf(8));
    const outcome = redline(['compare', shallow, shallow, '--format', 'json']);
    expect(outcome.status).toBe(0);
  }, 60_000);
});
