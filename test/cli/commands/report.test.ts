import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';

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
    expect(printed).toContain('No changes: every paragraph is unchanged and in place.');
  });
});
