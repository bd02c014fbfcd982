import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import type { RedlineResult } from '../../../src/types.js';
import { buildDocx } from '../../helpers/corpus-docx.js';
import { captureCliIo } from '../../helpers/cli-capture.js';
import { SEED } from '../../helpers/paths.js';

describe('redline compare --tracked-changes', () => {
  it('compares the original text of a Word file with tracked changes against its final text, and warns of them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-tracked-'));
    const draft = join(dir, 'draft.docx');
    writeFileSync(
      draft,
      await buildDocx([
        { text: 'The General Assembly,' },
        { text: '', runs: [{ text: 'Decides to ' }, { text: 'consider', change: 'del' }, { text: 'continue its consideration of', change: 'ins' }, { text: ' the question;' }], numbered: true },
        { text: 'Decides to remain seized of the matter.', numbered: true },
      ]),
    );
    const read = async (...options: string[]): Promise<RedlineResult> => {
      let printed = '';
      const code = await run(['compare', draft, draft, '--format', 'json', ...options], { stdout: { write: (text: string) => (printed += text) }, stderr: { write: () => true }, env: {} });
      expect(code).toBe(0);
      return JSON.parse(printed) as RedlineResult;
    };
    const final = await read();
    expect(final.documents[0].paragraphs.map((paragraph) => [paragraph.label, paragraph.text])).toEqual([
      ['formula', 'The General Assembly,'],
      ['OP 1', 'Decides to continue its consideration of the question;'],
      ['OP 2', 'Decides to remain seized of the matter.'],
    ]);
    expect(final.warnings.map((warning) => warning.code)).toEqual(['docx-tracked-changes', 'docx-tracked-changes']);
    const original = await read('--tracked-changes', 'original');
    expect(original.documents[0].paragraphs[1].text).toBe('Decides to consider the question;');
    expect(original.warnings[0].message).toBe('has tracked changes (1 insertion, 1 deletion): read as the original text, every change rejected (--tracked-changes final reads the text after them); the changes are in OP 1');
    // One run, the older side read as the original (trial 21-a D12): the tracked change, and only it.
    const both = await read('--left-tracked-changes', 'original');
    expect(both.comparisons[0].summary).toMatchObject({ modified: 1, new: 0, dropped: 0 });
  });

  it('refuses a mode it does not know', async () => {
    let errors = '';
    const code = await run(['compare', 'a.txt', 'b.txt', '--tracked-changes', 'latest'], { stdout: { write: () => true }, stderr: { write: (text: string) => (errors += text) }, env: {} });
    expect(code).toBe(2);
    expect(errors).toMatch(/tracked-changes/);
  });
});

// Trial 13b: the seed saved as Windows-1252 and converted with the advised `iconv -f latin1` carried U+0096 for its en
// dashes, reported as "compound spelling: – → \u{96}" without a word about the damage; saved as UTF-16, it was "binary".
describe('compare: texts in other encodings', () => {
  it('repairs the control characters of a wrong conversion and says so without --verbose, naming the file; reads UTF-16 with a BOM', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'redline-encodings-'));
    const seed = readFileSync(SEED, 'utf8');
    const latin1 = join(dir, 'seed-latin1.txt');
    writeFileSync(latin1, seed.replace(/–/g, '\u0096'));
    const utf16 = join(dir, 'seed-utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]));
    const io = captureCliIo();
    expect(await run(['compare', SEED, latin1, '--format', 'json'], io)).toBe(0);
    // Since session 14 the en dashes are read back (U+0096 → –): the texts are the same, and the line says what was done.
    expect(io.err()).toBe(`redline: warning: ${latin1}: repaired ${seed.match(/–/g)!.length} Windows-1252 characters read as Latin-1 (C1 control characters), e.g. \\u0096 → "–"\n`);
    expect((JSON.parse(io.out()) as RedlineResult).comparisons[0].similarity).toBe(1);
    const same = captureCliIo();
    expect(await run(['compare', SEED, utf16, '--format', 'json'], same)).toBe(0);
    const result = JSON.parse(same.out()) as RedlineResult;
    expect(result.comparisons[0].similarity).toBe(1);
    expect(same.err()).toBe('');
  });
});

// Session 15 (issue 23): `--templates` and `--show-unchanged` were taken with any output and ignored where they do
// nothing (`-o x.json`); refused now before any work (exit 2), as batch refuses `--target` with `--mode chain`.
describe('options the chosen output would ignore', () => {
  const attempt = async (...args: string[]): Promise<{ code: number; errors: string; printed: string }> => {
    let errors = '';
    let printed = '';
    const code = await run(args, { stdout: { write: (text: string) => (printed += text) }, stderr: { write: (text: string) => (errors += text) }, env: {} });
    return { code, errors, printed };
  };
  const dir = mkdtempSync(join(tmpdir(), 'redline-ignored-'));

  it('refuses --templates with JSON, Markdown or text output, naming the option', async () => {
    const json = await attempt('compare', SEED, SEED, '--templates', dir, '-o', join(dir, 'x.json'));
    expect([json.code, json.errors]).toEqual([2, 'redline: --templates changes the HTML page (and a PDF printed from it), not JSON output. Drop --templates, or write the page: -o NAME.html (or --format html).\n']);
    expect((await attempt('report', SEED, SEED, '--templates', dir, '-o', join(dir, 'x.md'))).errors).toMatch(/^redline: --templates changes the HTML page \(and a PDF printed from it\), not Markdown output\./);
    expect((await attempt('compare', SEED, SEED, '--templates', dir)).errors).toMatch(/not the text summary\./);
    expect((await attempt('history', SEED, SEED, '--templates', dir, '--format', 'json')).code).toBe(2);
  });

  it('refuses --show-unchanged with any output but the text summary', async () => {
    const json = await attempt('compare', SEED, SEED, '--show-unchanged', '--format', 'json');
    expect([json.code, json.errors, json.printed]).toEqual([2, 'redline: --show-unchanged lists unchanged paragraphs in the text summary, not in JSON output. Drop --show-unchanged, or print the text summary (--format text, or no -o).\n', '']);
    expect((await attempt('history', SEED, SEED, '--show-unchanged', '-o', join(dir, 'h.md'))).errors).toMatch(/^redline: --show-unchanged lists positions that never changed in the text summary, not in Markdown output\./);
  });

  it('takes them where they act: --templates with HTML, --show-unchanged with text, --no-show-unchanged anywhere', async () => {
    expect((await attempt('compare', SEED, SEED, '--templates', dir, '-o', join(dir, 'x.html'))).code).toBe(0);
    expect((await attempt('compare', SEED, SEED, '--show-unchanged', '--format', 'text')).code).toBe(0);
    expect((await attempt('compare', SEED, SEED, '--no-show-unchanged', '--format', 'json')).code).toBe(0);
  });
});
