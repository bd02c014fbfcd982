import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { BatchManifest } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { captureCliIo } from '../helpers/cli-capture.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');
const ATT = 'the-arms-trade-treaty';
const UJ = 'the-scope-and-application-of-the-principle-of-universal-juri';

/**
 * Trial 21-a D4: on the data's own layout (`series/<slug>/` and `drafts/`), `--series-by folder` made `drafts/` one
 * series: four drafts of four resolutions chained (L.6 → L.9 → L.7 → L.12, "unrelated?"), a history pairing paragraphs
 * across resolutions, and no draft reaching its adopted text. Now a draft joins the folder holding its adopted text; a
 * draft whose adopted text is not in the corpus, in a folder of several titles, stands in the series of its title; the
 * run says what it did.
 */
describe.skipIf(!HAS_SHARED)(`--series-by folder on series/<slug>/ + drafts/${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('each draft reaches its adopted text; the lone draft stands alone; nothing is chained across resolutions', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-folder-drafts-'));
    for (const [slug, names] of [[ATT, ['A_RES_79_52.txt', 'A_RES_80_46.txt']], [UJ, ['A_RES_79_127.txt', 'A_RES_80_168.txt']]] as const) {
      await mkdir(join(corpus, 'series', slug), { recursive: true });
      for (const name of names) await copyFile(join(TEXTS, 'series', slug, name), join(corpus, 'series', slug, name));
    }
    await mkdir(join(corpus, 'drafts'));
    for (const name of ['A_C.1_80_L.9.txt', 'A_C.6_80_L.12.txt', 'A_80_L.6.txt']) await copyFile(join(TEXTS, 'drafts', name), join(corpus, 'drafts', name));
    const io = captureCliIo();
    const out = join(corpus, 'out');
    expect(await run(['batch', '--mode', 'chain', '--series-by', 'folder', '--corpus', corpus, '--out', out, '-j', '1', '--no-cache'], io)).toBe(0);
    const manifest = JSON.parse(await readFile(join(out, 'batch.json'), 'utf8')) as BatchManifest;
    const series = manifest.series.map((one) => [one.basis, one.documents, one.drafts, one.draftsJoinedByTitle ?? null]);
    expect(series).toEqual(expect.arrayContaining([
      ['folder', ['A/RES/79/52', 'A/C.1/80/L.9', 'A/RES/80/46'], [{ drafts: ['A/C.1/80/L.9'], adopted: 'A/RES/80/46' }], [{ id: 'A/C.1/80/L.9', folder: 'drafts' }]],
      ['folder', ['A/RES/79/127', 'A/C.6/80/L.12', 'A/RES/80/168'], [{ drafts: ['A/C.6/80/L.12'], adopted: 'A/RES/80/168' }], [{ id: 'A/C.6/80/L.12', folder: 'drafts' }]],
      ['un-title', ['A/80/L.6'], [{ drafts: ['A/80/L.6'], adopted: null }], [{ id: 'A/80/L.6', folder: 'drafts' }]],
    ]));
    expect(manifest.series).toHaveLength(3);
    const digest = await readFile(join(out, 'digest.md'), 'utf8');
    expect(digest).toContain('A/C.1/80/L.9 → A/RES/80/46 (draft): adopted without textual change');
    expect(digest).toContain('A/C.6/80/L.12 → A/RES/80/168 (draft): adopted without textual change');
    expect(digest).not.toMatch(/L\.6 → A\/C\.1|L\.9 → A\/80\/L|L\.7 → A\/C\.6/);
    expect(io.err()).toContain('redline batch: --series-by folder: drafts/ is no series: each of its 3 drafts joined the series of its title (');
  }, 180_000);
});
