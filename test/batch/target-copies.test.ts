import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateText, runBatch } from '../../src/batch/index.js';
import { SEED, SHARED_DATA, SHARED_MISSING } from '../helpers/paths.js';

const ICT_73_266 = join(SHARED_DATA, 'un-resolutions/texts/ict-security/A_RES_73_266.txt');
const HAS_DATA = existsSync(ICT_73_266);

/**
 * Trial 21-b D7/D13: in target mode, a resolution given twice (a catalogue copy and its file) was two documents with
 * one name, both counted as "searched"; the target's own catalogue copy was compared with it, 100 % similar, first in
 * results.jsonl. Copies are one document, as in chain mode, and the target's copy is the target itself.
 */
describe.skipIf(!HAS_DATA)(`target mode counts a document given twice once, and leaves out the target's own copy (${HAS_DATA ? 'seed, its catalogue copy, 73/266 twice' : SHARED_MISSING})`, () => {
  it('leaves out the copies and says why', async () => {
    const work = await mkdtemp(join(tmpdir(), 'redline-target-copies-'));
    const corpus = join(work, 'corpus');
    await mkdir(corpus);
    await copyFile(ICT_73_266, join(corpus, 'A_RES_73_266.txt'));
    await copyFile(ICT_73_266, join(corpus, 'copy-of-73-266.txt'));
    // The seed as `redline corpus add` stores it: front matter, then the text.
    await writeFile(join(corpus, 'seed-copy.md'), `---\nid: seed-copy\ndate: 2024-11-10\n---\n\n${await readFile(SEED, 'utf8')}`);
    const summary = await runBatch({ corpus, target: SEED, out: join(work, 'out'), cacheDir: join(work, 'cache'), jobs: 1, generatedAt: '2026-01-01T00:00:00Z', html: false });
    expect(summary.manifest.documents.map((document) => document.id)).toEqual(['A/RES/73/266', '000_9b5e0b9e7a90fd7e']);
    expect(summary.lineage!.documentsSearched).toBe(1);
    expect(summary.results.map((record) => [record.left, record.right])).toEqual([['A/RES/73/266', '000_9b5e0b9e7a90fd7e']]);
    expect((summary.manifest.duplicates ?? []).map((duplicate) => duplicateText(duplicate, 'target'))).toEqual([
      `A/RES/73/266 is given twice (${join(corpus, 'A_RES_73_266.txt')}, ${join(corpus, 'copy-of-73-266.txt')}): kept the first given; ${join(corpus, 'copy-of-73-266.txt')} is left out, so the lineage searches and counts the document once`,
      `${join(corpus, 'seed-copy.md')} is the same text as the target (${SEED}): left out, the target is not its own source`,
    ]);
  }, 120_000);
});
