import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';

const A = 'Welcomes the report of the Secretary-General on the oceans and the law of the sea.';
const B = 'Encourages States to cooperate on the protection of marine biodiversity in areas beyond national jurisdiction.';
const B2 = 'Urges all States to cooperate closely on the protection of marine biodiversity in areas beyond national jurisdiction.';
const C = 'Decides to remain seized of the matter and to consider it at its next session.';
const HOSTILE = 'Notes the <script>alert(1)</script> & "quoted" text \u001b]0;title\u0007 of the report.';

let dir: string;
let versions: string[];

/** Run the CLI in-process; what it printed on each stream and its exit code. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: { SOURCE_DATE_EPOCH: '0' } });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'redline-history-'));
  versions = [[A, B, C], [A, C, HOSTILE], [A, B2, C, HOSTILE]].map((paragraphs, index) => {
    const path = join(dir, `v${index + 1}.txt`);
    writeFileSync(path, paragraphs.join('\n\n') + '\n');
    return path;
  });
});

describe('redline history', () => {
  it('prints each changed position with its timeline and word diffs on a terminal', async () => {
    const { code, stdout } = await cli(['history', ...versions]);
    expect(code).toBe(0);
    expect(stdout).toContain('positions 4 · changed 2 · new 1 · dropped 1 · reinstated 1 · transpositions 0');
    expect(stdout).toContain('in v1 · dropped in v2 · reinstated in v3 (strengthened: encourage → urge)');
    expect(stdout).toContain('v1 → v3: modified, substantive');
    expect(stdout).toContain('[-Encourages -]{+Urges all +}States to cooperate {+closely +}on');
    // Control characters of the document are shown, never sent to the terminal.
    expect(stdout).not.toContain('\u001b]0;');
    expect(stdout).toContain('␛]0;title␇');
  });

  it('takes --fail-on-change and --tracked-changes as compare does (trial 15b: "history takes no option --fail-on-change")', async () => {
    expect((await cli(['history', ...versions, '--fail-on-change'])).code).toBe(1);
    expect((await cli(['history', versions[0], versions[0], '--fail-on-change'])).code).toBe(0);
    expect((await cli(['history', ...versions, '--tracked-changes', 'original'])).code).toBe(0);
    const help = (await cli(['history', '--help'])).stdout;
    expect(help).toContain('--fail-on-change');
    expect(help).toContain('--tracked-changes');
  });

  it('picks the format from the extension of -o: JSON, Markdown, HTML (byte-identical on a second run)', async () => {
    const json = join(dir, 'h.json');
    expect((await cli(['history', ...versions, '-o', json])).code).toBe(0);
    const result = JSON.parse(readFileSync(json, 'utf8'));
    expect(result.history.positions.map((position: { cells: unknown[] }) => position.cells.map((cell) => (cell === null ? null : 'x')))).toEqual([
      ['x', 'x', 'x'],
      ['x', null, 'x'],
      ['x', 'x', 'x'],
      [null, 'x', 'x'],
    ]);
    const md = join(dir, 'h.md');
    await cli(['history', ...versions, '-o', md]);
    expect(readFileSync(md, 'utf8')).toMatch(/^## History: /);
    expect(readFileSync(md, 'utf8')).toContain('| 2 | ¶ 2 | — | ¶ 2 | Dropped, Reinstated | in v1 · dropped in v2 · reinstated in v3 (strengthened: encourage → urge) |');
    const html = join(dir, 'h.html');
    await cli(['history', ...versions, '-o', html]);
    const page = readFileSync(html, 'utf8');
    await cli(['history', ...versions, '-o', html]);
    expect(readFileSync(html, 'utf8')).toBe(page);
    expect(page).toContain('<dt>Generated at</dt><dd>1970-01-01T00:00:00Z</dd>');
    // Document text is escaped: the hostile paragraph is text, not markup.
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot;');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
  });

  it('lets --format win over the extension, and takes the comparison options', async () => {
    const { stdout } = await cli(['history', ...versions, '--format', 'json', '--threshold', '0.4']);
    expect(JSON.parse(stdout).options.threshold).toBe(0.4);
  });

  it('refuses bad input with one line naming the file, exit 2', async () => {
    const missing = await cli(['history', versions[0], join(dir, 'nope.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split('\n')).toHaveLength(1);
    expect(missing.stderr).toContain('nope.txt: no such file');
    const one = await cli(['history', versions[0]]);
    expect(one.code).toBe(2);
    expect(one.stderr).toMatch(/at least 2 versions, 1 given/);
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const blank = await cli(['history', versions[0], empty]);
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('empty.txt');
    expect(blank.stderr).not.toMatch(/\n\s+at /);
    const intoInput = await cli(['history', ...versions, '-o', versions[1]]);
    expect(intoInput.code).toBe(2);
    // A file is what its name says: an extension history does not write is refused, and nothing is written.
    for (const name of ['history.odt', 'history.diff', 'history']) {
      const unknown = await cli(['history', ...versions, '-o', join(dir, name)]);
      expect({ name, code: unknown.code, lines: unknown.stderr.trim().split('\n').length }).toEqual({ name, code: 2, lines: 1 });
      expect(unknown.stderr).toContain('history writes .txt, .json, .html, .md, .docx and .pdf');
      expect(existsSync(join(dir, name))).toBe(false);
    }
  });

  it('says without --verbose that a version was a Windows-1252 text read as Latin-1, and reads it repaired', async () => {
    const damaged = join(dir, 'v2-latin1.txt');
    writeFileSync(damaged, [A, 'Encourages States to cooperate on the \u0093protection\u0094 of marine biodiversity in areas beyond national jurisdiction.', C].join('\n\n') + '\n');
    const { code, stdout, stderr } = await cli(['history', versions[0], damaged]);
    expect(code).toBe(0);
    expect(stderr).toBe(`redline: warning: ${damaged}: repaired 2 Windows-1252 characters read as Latin-1 (C1 control characters), e.g. \\u0093 → "“"\n`);
    expect(stdout).toContain('on the {+“+}protection{+”+} of');
  });

  it('writes the history as a Word document with -o history.docx, the same bytes twice', async () => {
    const out = join(dir, 'history.docx');
    expect((await cli(['history', ...versions, '-o', out])).code).toBe(0);
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect((await cli(['history', ...versions, '-o', out])).code).toBe(0);
    expect(readFileSync(out).equals(bytes)).toBe(true);
  });

  it('warns, without refusing, of versions not oldest first, of another resolution and of unrelated texts', async () => {
    const dated = (date: string, title: string, body: string): string => {
      const path = join(dir, `${title.replace(/\W+/g, '-')}-${date}.md`);
      writeFileSync(path, `---\ndate: ${date}\nsymbol: A/RES/${date.slice(0, 4)}/1\ntitle: ${title}\n---\n\n${body}\n`);
      return path;
    };
    const newer = dated('2024-12-01', 'Oceans', [A, B, C].join('\n\n'));
    const older = dated('2023-12-01', 'Oceans', [A, B2, C].join('\n\n'));
    const other = dated('2025-12-01', 'Outer space', 'Recognizes the common interest of all mankind in the exploration and use of outer space for peaceful purposes, and calls for further measures.');
    const { code, stderr } = await cli(['history', newer, older, other, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([
      `redline: warning: ${older}: is dated 2023-12-01, before the version given ahead of it (${newer}, 2024-12-01): give the versions oldest first`,
      `redline: warning: ${other}: is titled “Outer space”, the version before it “Oceans”: another resolution?`,
      expect.stringMatching(new RegExp(`^redline: warning: ${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: is \\d+ % similar to the version before it \\(.+\\): two texts rather than two versions of one\\?$`)),
    ]);
    expect((await cli(['history', newer, older, other, '--format', 'json', '-q'])).stderr).toBe('');
  });
});
