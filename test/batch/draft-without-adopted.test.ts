import { copyFile, mkdir, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import type { Digest } from '../../src/types.js';
import { HAS_SHARED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';
import { captureCliIo } from '../helpers/cli-capture.js';

const TEXTS = join(SHARED_DATA, 'un-resolutions/texts');

const capture = captureCliIo;

/**
 * Session 12: a new user's corpus held the Cuba embargo draft A/80/L.6 without its adopted text (A/RES/80/4). The index
 * said "0 + 1 draft", the digest "No compared pair.", the summary line nothing: each now says its adopted text is not in
 * the corpus.
 */
describe.skipIf(!HAS_SHARED)(`a draft whose adopted text is missing${HAS_SHARED ? '' : ` (${SHARED_MISSING})`}`, () => {
  it('A/80/L.6 alone beside two Arms Trade Treaty resolutions: summary line, digest.md, digest.json, digest.docx and index say why there is no pair', async () => {
    const corpus = await mkdtemp(join(tmpdir(), 'redline-lone-draft-'));
    await mkdir(join(corpus, 'texts'));
    await copyFile(join(TEXTS, 'drafts', 'A_80_L.6.txt'), join(corpus, 'texts', 'A_80_L.6.txt'));
    for (const name of ['A_RES_78_48.txt', 'A_RES_79_52.txt']) await copyFile(join(TEXTS, 'series', 'the-arms-trade-treaty', name), join(corpus, 'texts', name));
    const io = capture();
    const out = join(corpus, 'out');
    expect(await run(['batch', '--mode', 'chain', '--corpus', join(corpus, 'texts'), '--out', out, '-j', '1', '--no-cache'], io)).toBe(0);
    expect(io.out()).toMatch(/^redline batch: 3 documents \(2 series by UN title; the adopted text of draft A\/80\/L\.6 is not in the corpus\), 1 pairs: /);
    const markdown = await readFile(join(out, 'digest.md'), 'utf8');
    // Before: `No compared pair.`
    expect(markdown).toContain('\n\nNo compared pair: the adopted text of draft A/80/L.6 is not in the corpus.\n');
    const digest = JSON.parse(await readFile(join(out, 'digest.json'), 'utf8')) as Digest;
    expect(digest.series.map((series) => series.draftsWithoutAdopted ?? null)).toEqual([null, ['A/80/L.6']]);
    const index = await readFile(join(out, 'index.html'), 'utf8');
    // Before: the series table's row said `0 + 1 draft` and listed no pair report, with no word why.
    expect(index).toContain('<span class="muted">no pair: the adopted text of draft A/80/L.6 is not in the corpus</span>');
    expect(index).toContain('<p class="gap">No compared pair: the adopted text of draft A/80/L.6 is not in the corpus.</p>');
    const xml = await (await JSZip.loadAsync(await readFile(join(out, 'digest.docx')))).file('word/document.xml')!.async('string');
    expect(xml).toContain('No compared pair: the adopted text of draft A/80/L.6 is not in the corpus.');
    // The field is in the digest's contract.
    const schema = JSON.parse(await readFile(join(import.meta.dirname, '../../docs/digest.schema.json'), 'utf8'));
    const validate = new Ajv2020.default({ strict: false }).compile(schema);
    expect(validate(digest), JSON.stringify(validate.errors)).toBe(true);
  }, 60_000);
});
