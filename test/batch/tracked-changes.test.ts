import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { BatchManifest } from '../../src/types.js';
import { buildDocx } from '../helpers/corpus-docx.js';

describe('runBatch with a Word file with tracked changes', () => {
  it('compares its final text by default and its original with trackedChanges: original (recorded in batch.json)', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-batch-tracked-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    await writeFile(
      join(corpus, 'a.docx'),
      await buildDocx([
        { text: 'The General Assembly,' },
        { text: '', runs: [{ text: 'Decides to ' }, { text: 'consider', change: 'del' }, { text: 'continue its consideration of', change: 'ins' }, { text: ' the question;' }], numbered: true },
        { text: 'Decides to remain seized of the matter.', numbered: true },
      ]),
    );
    // The text before the tracked changes, as a plain text.
    await writeFile(join(corpus, 'b.txt'), 'The General Assembly,\n\n1. Decides to consider the question;\n\n2. Decides to remain seized of the matter.\n');
    const run = async (out: string, trackedChanges?: 'original') => {
      const summary = await runBatch({ corpus, mode: 'all', out: join(work, out), cacheDir: null, jobs: 1, generatedAt: '1970-01-01T00:00:00Z', ...(trackedChanges ? { trackedChanges } : {}) });
      const manifest = JSON.parse(await readFile(join(work, out, 'batch.json'), 'utf8')) as BatchManifest;
      return { summary: summary.results[0].summary, trackedChanges: manifest.options.trackedChanges };
    };
    expect(await run('final')).toEqual({ summary: expect.objectContaining({ unchanged: 2, modified: 1 }), trackedChanges: undefined });
    expect(await run('original', 'original')).toEqual({ summary: expect.objectContaining({ unchanged: 3, modified: 0 }), trackedChanges: 'original' });
  });
});
