import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generationTime, runReport } from '../../src/cli/commands/report.js';

const SEED = 'seeds/000_9b5e0b9e7a90fd7e.txt';

describe('runReport', () => {
  it('writes a self-contained HTML report of two files to -o, stamped with SOURCE_DATE_EPOCH', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'redline-report-')), 'report.html');
    const code = await runReport({ _: ['report'], left: SEED, right: SEED, out }, { stdout: { write: () => true }, env: { SOURCE_DATE_EPOCH: '0' } });
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<dt>Generated at</dt><dd>1970-01-01T00:00:00Z</dd>');
    expect(html).not.toMatch(/\s(src|href)="(https?:)?\/\//);
  });

  it('prints Markdown to standard output with --format md', async () => {
    let printed = '';
    const stdout = { write: (text: string) => (printed += text) };
    await runReport({ _: ['report'], left: SEED, right: SEED, format: 'md' }, { stdout, env: {} });
    expect(printed).toMatch(/^## Redline: Joint Statement of the First Ministerial Conference/);
    expect(printed).toContain('No changes: every paragraph is unchanged and in place.');
  });
});

describe('generationTime', () => {
  it('reads the clock unless SOURCE_DATE_EPOCH is set, to the second', () => {
    const clock = () => new Date('2026-11-01T12:34:56.789Z');
    expect(generationTime({}, clock)).toBe('2026-11-01T12:34:56Z');
    expect(generationTime({ SOURCE_DATE_EPOCH: '1793534400' }, clock)).toBe('2026-11-01T12:00:00Z');
  });
});
