import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/run.js';
import { captureCliIo } from '../../helpers/cli-capture.js';

// Trial 16a D7: an empty corpus exited 0 and wrote an index and an empty digest ("0 series, 0 steps"); D8: `batch`
// without --mode or --target ran chain mode without a word.
describe('batch on a corpus with nothing to compare, and without --mode', () => {
  it('an empty folder: one line naming it and what to do, exit 2, nothing written', async () => {
    const work = mkdtempSync(join(tmpdir(), 'redline-empty-'));
    const corpus = join(work, 'empty');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'notes.csv'), 'a,b\n');
    const io = captureCliIo();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'out'), '-j', '1', '--no-cache'], io)).toBe(2);
    expect(io.err().trim().split('\n')).toEqual([`redline: ${corpus}: holds no document (1 other file skipped). Put the texts to compare in it (.txt, .md, .html, .pdf, .docx), or give --corpus the folder that holds them; nothing was written.`]);
    expect(existsSync(join(work, 'out'))).toBe(false);
  });

  it('a folder whose every document fails: the same, with the first failure', async () => {
    const work = mkdtempSync(join(tmpdir(), 'redline-unreadable-'));
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0]));
    const io = captureCliIo();
    expect(await run(['batch', '--corpus', corpus, '--out', join(work, 'out'), '-j', '1', '--no-cache'], io)).toBe(2);
    expect(io.err()).toMatch(new RegExp(`^redline: ${corpus}: holds no readable document \\(1 failed; the first: .*a\\.txt.*\\)\\. Fix or replace the files`, 'm'));
    expect(existsSync(join(work, 'out', 'digest.md'))).toBe(false);
  });

  it('without --mode or --target: chain mode, said on standard error; with --mode chain, no note', async () => {
    const work = mkdtempSync(join(tmpdir(), 'redline-mode-'));
    const corpus = join(work, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), 'The Council met.\n\nIt agreed on the budget.\n');
    writeFileSync(join(corpus, 'b.txt'), 'The Council met.\n\nIt agreed on the new budget.\n');
    const io = captureCliIo();
    expect(await run(['batch', '--corpus', corpus, '--out', join(work, 'out1'), '-j', '1', '--no-cache'], io)).toBe(0);
    expect(io.err()).toContain('redline batch: no --mode given: chain mode (each document against the previous of its series); --mode all compares every pair, --target FILE one document against the corpus.\n');
    const chain = captureCliIo();
    expect(await run(['batch', '--mode', 'chain', '--corpus', corpus, '--out', join(work, 'out2'), '-j', '1', '--no-cache'], chain)).toBe(0);
    expect(chain.err()).not.toContain('no --mode given');
  }, 60_000);
});
