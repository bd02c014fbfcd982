import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatch } from '../../src/batch/index.js';
import type { BatchManifest } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const UN = join(SHARED_DATA, 'un-resolutions');

describe.skipIf(!HAS_SHARED)(`batch over every format compare reads${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('chains a PDF and two extracted texts of one resolution by the dates and symbols they state, skipping other files', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-formats-'));
    await copyFile(join(UN, 'pdf/A_RES_78_48.pdf'), join(corpus, 'att-78.pdf'));
    for (const name of ['A_RES_79_52.txt', 'A_RES_80_46.txt']) await copyFile(join(UN, 'texts/series/the-arms-trade-treaty', name), join(corpus, name));
    await writeFile(join(corpus, 'notes.json'), '{}');
    const out = join(corpus, '..', `${corpus.split('/').pop()}-out`);
    const summary = await runBatch({ corpus, mode: 'all', out, cacheDir: null, jobs: 1, generatedAt: '1970-01-01T00:00:00Z' });
    expect(summary.inputs).toEqual({ read: { pdf: 1, txt: 2 }, failed: {}, skipped: { json: 1 } });
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    expect(manifest.documents.map((document) => [document.id, document.title, document.date])).toEqual([
      // Dated by their adoption, as the first page states it ("Resolution adopted by the General Assembly on 4 December 2023"), not their issue.
      ['A/RES/78/48', 'The Arms Trade Treaty', '2023-12-04'],
      ['A/RES/79/52', 'The Arms Trade Treaty', '2024-12-02'],
      ['A/RES/80/46', 'The Arms Trade Treaty', '2025-12-01'],
    ]);
  }, 60_000);
});
